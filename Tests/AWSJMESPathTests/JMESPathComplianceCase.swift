import AWSJMESPath
import AWSJSON
import Foundation

/// One case of the JMESPath compliance suite vendored in `Resources/jmespath`: an expression, the JSON it is
/// evaluated on, and what it must give.
struct JMESPathComplianceCase: Sendable, CustomStringConvertible {
    /// What evaluating the expression must give.
    enum Expectation: Sendable {
        /// This value; numbers compare by value, so `1` equals `1.0`.
        case result(JSONValue)
        /// A `JMESPathError` of this kind (`syntax`, `invalid-type`, ...), when compiling or when evaluating.
        case error(String)
        /// Nothing in particular (a benchmark-only case): the expression must compile and evaluate without error.
        case noError
    }

    /// The file name, such as `functions.json`.
    var file: String
    /// Zero-based position of the case's suite in the file, and of the case in its suite.
    var suite: Int, index: Int
    var expression: String
    var given: JSONValue
    var expected: Expectation

    /// `functions.json suite 3 case 12: sort_by(people, &age)`.
    var description: String { "\(file) suite \(suite) case \(index): \(expression)" }

    /// Every case of every `.json` file in `directory`, by file name, then in file order.
    static func load(from directory: URL) throws -> [JMESPathComplianceCase] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try files.flatMap { file in
            let suites = try JSONValue.parse(Data(contentsOf: directory.appendingPathComponent(file))).arrayValue ?? []
            return try suites.enumerated().flatMap { suite, content in
                try (content["cases"]?.arrayValue ?? []).enumerated().map { index, testCase in
                    try JMESPathComplianceCase(file: file, suite: suite, index: index, given: content["given"] ?? .null, testCase)
                }
            }
        }
    }

    init(file: String, suite: Int, index: Int, expression: String, given: JSONValue, expected: Expectation) {
        self.file = file
        self.suite = suite
        self.index = index
        self.expression = expression
        self.given = given
        self.expected = expected
    }

    private init(file: String, suite: Int, index: Int, given: JSONValue, _ testCase: JSONValue) throws {
        guard let expression = testCase["expression"]?.stringValue else { throw LoadError(file: file, suite: suite, index: index) }
        let expected: Expectation
        if let result = testCase["result"] {
            expected = .result(result)
        } else if let kind = testCase["error"]?.stringValue {
            expected = .error(kind)
        } else if testCase["bench"] != nil {
            expected = .noError
        } else {
            throw LoadError(file: file, suite: suite, index: index)
        }
        self.init(file: file, suite: suite, index: index, expression: expression, given: given, expected: expected)
    }

    /// A case that has no expression, or neither `result`, `error` nor `bench`.
    struct LoadError: Error {
        var file: String, suite: Int, index: Int
    }

    /// Nil when the implementation does what the case expects, else what it did instead.
    func failure() -> String? {
        let outcome = Result { () throws(JMESPathError) in try JMESPath(parsing: expression).evaluate(given) }
        switch (expected, outcome) {
        case (.result(let expected), .success(let actual)):
            return Self.same(actual, expected) ? nil : "gave \(actual.serializedString()), expected \(expected.serializedString())"
        case (.result(let expected), .failure(let error)):
            return "threw \(error), expected \(expected.serializedString())"
        case (.error(let kind), .success(let actual)):
            return "gave \(actual.serializedString()), expected a \(kind) error"
        case (.error(let kind), .failure(let error)):
            return error.kind.rawValue == kind ? nil : "threw \(error), expected a \(kind) error"
        case (.noError, .success):
            return nil
        case (.noError, .failure(let error)):
            return "threw \(error)"
        }
    }

    /// Deep equality with numbers compared by value and strings by Unicode scalars; written here rather than
    /// taken from the implementation under test.
    static func same(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let left), .bool(let right)): return left == right
        case (.int(let left), .int(let right)): return left == right
        case (.int, .double), (.double, .int), (.double, .double): return lhs.doubleValue == rhs.doubleValue
        case (.string(let left), .string(let right)): return left.unicodeScalars.elementsEqual(right.unicodeScalars)
        case (.array(let left), .array(let right)): return left.count == right.count && zip(left, right).allSatisfy(same)
        case (.object(let left), .object(let right)):
            return left.count == right.count && left.allSatisfy { key, value in right[key].map { same(value, $0) } ?? false }
        default: return false
        }
    }
}
