/// Accumulates Swift source text with indentation.
struct CodeWriter {
    private(set) var text = ""
    private var indentation = 0

    /// Appends one line at the current indentation; an empty string gives an empty line.
    mutating func line(_ line: String = "") {
        if !line.isEmpty {
            for _ in 0..<indentation { text += "    " }
            text += line
        }
        text += "\n"
    }

    /// Appends `/// ` doc comment lines.
    mutating func docs(_ lines: [String]) {
        for docLine in lines { line(docLine.isEmpty ? "///" : "/// " + docLine) }
    }

    /// Appends already rendered text as it is.
    mutating func append(_ rendered: String) {
        text += rendered
    }

    /// Appends already rendered text line by line, at the current indentation.
    mutating func lines(_ rendered: String) {
        var body = Substring(rendered)
        if body.hasSuffix("\n") { body = body.dropLast() }
        for text in body.split(separator: "\n", omittingEmptySubsequences: false) { line(String(text)) }
    }

    /// Writes `header {`, the body indented, then `}`.
    mutating func block(_ header: String, _ body: (inout CodeWriter) -> Void) {
        line(header + " {")
        indentation += 1
        body(&self)
        indentation -= 1
        line("}")
    }

    /// Writes `switch subject {`, the cases at the same indentation, then `}`.
    mutating func switchBlock(_ subject: String, _ cases: (inout CodeWriter) -> Void) {
        line("switch \(subject) {")
        cases(&self)
        line("}")
    }
}
