/// An error in the generator's input: a model file, a config file or an argument.
///
/// It names the file, the JSON path of the offending value and, where known, its line and column,
/// and prints as `file:line:col: error: path: message`, the format SwiftPM and Xcode show.
package struct GeneratorError: Error, Equatable, CustomStringConvertible {
    /// The file the error is in.
    package var file: String
    /// The JSON path of the value, such as `shapes.Foo.members.bar.shape`; empty for the whole file.
    package var path: String
    /// 1-based line, if known.
    package var line: Int?
    /// 1-based column, if known.
    package var column: Int?
    /// What is wrong.
    package var message: String

    package init(file: String, path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        let text = path.isEmpty ? message : "\(path): \(message)"
        return "\(location): error: \(Self.printable(text))"
    }

    /// The longest path and message `description` prints, in characters; a model's 16 MiB name stays readable.
    static let printedLimit = 400

    /// `text` on one line, as a terminal shows it: control characters escaped (`\n`, `\u{0}`), and the middle of
    /// a text longer than `printedLimit` left out.
    static func printable(_ text: String) -> String {
        var shown = text
        let count = text.count
        if count > printedLimit {
            let kept = printedLimit / 2
            shown = "\(text.prefix(kept))…(\(count - 2 * kept) characters)…\(text.suffix(kept))"
        }
        var result = String.UnicodeScalarView()
        for scalar in shown.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                result.append(contentsOf: scalar.escaped(asASCII: true).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
