import Foundation

/// One bad input for `aws-codegen generate`: which file of a model directory it replaces, and its bytes.
struct BadInputCase: CustomStringConvertible, Sendable {
    /// What kind of bad input this is, as the README's table names it.
    let kind: String
    /// The file in the model directory: `service-2.json`, `paginators-1.json`, `waiters-2.json`,
    /// `endpoint-rule-set-1.json` or `aws-codegen.json`.
    let file: String
    /// The file's bytes.
    let bytes: [UInt8]
    /// Whether the generator makes a module of it (exit 0) rather than an error: a name that is no Swift name
    /// becomes one, and a paginator or waiter it cannot use is a warning.
    let generates: Bool

    init(_ kind: String, _ file: String, _ bytes: [UInt8], generates: Bool = false) {
        self.kind = kind
        self.file = file
        self.bytes = bytes
        self.generates = generates
    }

    init(_ kind: String, _ file: String, _ text: String, generates: Bool = false) {
        self.init(kind, file, Array(text.utf8), generates: generates)
    }

    var description: String { "\(file): \(kind)" }
}
