/// Accumulates Swift source text with indentation, as UTF-8 bytes.
///
/// The generator writes about 170 MB of Swift for botocore's models; building it in a byte buffer, with each
/// line's interpolations written straight into bytes (`CodeLine`), costs about half of appending `String`s.
struct CodeWriter {
    /// The text written so far.
    private(set) var bytes: [UInt8] = []
    private var indentation = 0

    /// Appends one line at the current indentation; an empty line gives an empty line.
    mutating func line(_ line: CodeLine = "") {
        line.withBytes { self.line(bytes: $0) }
    }

    /// Appends one line of text at the current indentation; an empty string gives an empty line.
    mutating func line(verbatim text: String) {
        var text = text
        text.withUTF8 { line(bytes: $0) }
    }

    private mutating func line(bytes text: UnsafeBufferPointer<UInt8>) {
        if !text.isEmpty {
            indent()
            bytes.append(contentsOf: text)
        }
        bytes.append(0x0A)
    }

    private mutating func indent() {
        for _ in 0..<indentation { bytes.append(contentsOf: Self.indentUnit) }
    }

    private static let indentUnit: [UInt8] = Array("    ".utf8)

    /// Appends `/// ` doc comment lines.
    mutating func docs(_ lines: [String]) {
        for docLine in lines {
            indent()
            if docLine.isEmpty {
                bytes.append(contentsOf: Self.emptyDocLine)
            } else {
                bytes.append(contentsOf: Self.docPrefix)
                var docLine = docLine
                docLine.withUTF8 { bytes.append(contentsOf: $0) }
            }
            bytes.append(0x0A)
        }
    }

    private static let emptyDocLine: [UInt8] = Array("///".utf8)
    private static let docPrefix: [UInt8] = Array("/// ".utf8)

    /// Appends already rendered text as it is.
    mutating func append(_ rendered: [UInt8]) {
        bytes.append(contentsOf: rendered)
    }

    /// Appends already rendered text line by line, at the current indentation. Lines end at a `"\n"` that does
    /// not follow `"\r"` (a `"\r\n"` is one `Character`, and no line break).
    mutating func lines(_ rendered: [UInt8]) {
        rendered.withUnsafeBufferPointer { text in
            var end = text.count
            if end > 0, text[end - 1] == 0x0A, end < 2 || text[end - 2] != 0x0D { end -= 1 }
            var start = 0
            for index in 0...end where index == end || (text[index] == 0x0A && (index == 0 || text[index - 1] != 0x0D)) {
                line(bytes: UnsafeBufferPointer(rebasing: text[start..<index]))
                start = index + 1
            }
        }
    }

    /// Appends already rendered text line by line, at the current indentation.
    mutating func lines(_ rendered: String) {
        lines(Array(rendered.utf8))
    }

    /// Writes `header {`, the body indented, then `}`.
    mutating func block(_ header: CodeLine, _ body: (inout CodeWriter) -> Void) {
        header.withBytes { openBlock($0) }
        indentBody(body)
    }

    /// Writes `header {`, the body indented, then `}`.
    mutating func block(verbatim header: String, _ body: (inout CodeWriter) -> Void) {
        var header = header
        header.withUTF8 { openBlock($0) }
        indentBody(body)
    }

    private mutating func openBlock(_ header: UnsafeBufferPointer<UInt8>) {
        indent()
        bytes.append(contentsOf: header)
        bytes.append(contentsOf: Self.blockOpening)
    }

    private mutating func indentBody(_ body: (inout CodeWriter) -> Void) {
        indentation += 1
        body(&self)
        indentation -= 1
        line("}")
    }

    private static let blockOpening: [UInt8] = Array(" {\n".utf8)

    /// Writes `switch subject {`, the cases at the same indentation, then `}`.
    mutating func switchBlock(_ subject: String, _ cases: (inout CodeWriter) -> Void) {
        line("switch \(subject) {")
        cases(&self)
        line("}")
    }
}

/// One line for `CodeWriter`: a string literal, whose interpolations are written straight into UTF-8 bytes.
struct CodeLine: ExpressibleByStringInterpolation {
    private enum Storage {
        case literal(StaticString)
        case bytes([UInt8])
    }

    private let storage: Storage

    init(stringLiteral value: StaticString) {
        storage = .literal(value)
    }

    init(stringInterpolation: Interpolation) {
        storage = .bytes(stringInterpolation.bytes)
    }

    /// Calls `body` with the line's UTF-8 bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .literal(let literal): literal.withUTF8Buffer(body)
        case .bytes(let bytes): bytes.withUnsafeBufferPointer(body)
        }
    }

    /// The interpolation of a `CodeLine` literal.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ value: String) {
            var value = value
            value.withUTF8 { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ value: Substring) {
            var value = value
            value.withUTF8 { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ value: Int) {
            appendInterpolation(String(value))
        }
    }
}
