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
        return path.isEmpty ? "\(location): error: \(message)" : "\(location): error: \(path): \(message)"
    }
}
