/// One acceptor of a waiter: when its matcher matches a response, the waiter moves to its state.
public struct AWSWaiterAcceptor: Sendable, CustomStringConvertible {
    /// What a match means.
    public enum State: String, Sendable {
        /// The awaited state is reached: the waiter returns.
        case success
        /// The awaited state cannot be reached: the waiter throws.
        case failure
        /// Not there yet: the waiter tries again after a delay.
        case retry
    }

    /// What an acceptor looks at.
    public enum Matcher: Sendable {
        /// The expression's result on the output equals `expected`.
        case path(JMESPath, expected: JSONValue)
        /// The expression's result on the output is a non-empty array whose elements all equal `expected`.
        case pathAll(JMESPath, expected: JSONValue)
        /// The expression's result on the output is an array with an element equal to `expected`.
        case pathAny(JMESPath, expected: JSONValue)
        /// The HTTP status of the response, successful or not.
        case status(Int)
        /// The operation failed with a service error of this code.
        case errorCode(String)
        /// `true`: the operation failed with any service error; `false`: it succeeded.
        case error(Bool)
    }

    /// The state a match moves the waiter to.
    public var state: State
    /// What the acceptor looks at.
    public var matcher: Matcher

    /// Creates an acceptor.
    public init(_ state: State, _ matcher: Matcher) {
        self.state = state
        self.matcher = matcher
    }

    /// The path expression of a path matcher.
    var expression: JMESPath? {
        switch matcher {
        case .path(let path, _), .pathAll(let path, _), .pathAny(let path, _): path
        case .status, .errorCode, .error: nil
        }
    }

    /// Whether the acceptor matches the outcome of one attempt. A path whose functions get arguments of
    /// the wrong type (such as `length` of a missing member) does not match; an invalid path throws.
    func matches(_ outcome: AWSWaiterOutcome) throws(JMESPathError) -> Bool {
        switch (matcher, outcome) {
        case (.path(let path, let expected), .output(let json, _)):
            return try Self.evaluate(path, json)?.jmesEquals(expected) ?? false
        case (.pathAll(let path, let expected), .output(let json, _)):
            guard case .array(let elements)? = try Self.evaluate(path, json), !elements.isEmpty else { return false }
            return elements.allSatisfy { $0.jmesEquals(expected) }
        case (.pathAny(let path, let expected), .output(let json, _)):
            guard case .array(let elements)? = try Self.evaluate(path, json) else { return false }
            return elements.contains { $0.jmesEquals(expected) }
        case (.status(let expected), .output(_, let status)):
            return status == expected
        case (.status(let expected), .error(let error)):
            return (error as? any AWSServiceError)?.status == expected
        case (.errorCode(let code), .error(let error)):
            return (error as? any AWSServiceError)?.code == code
        case (.error(let expected), .output):
            return !expected
        case (.error(let expected), .error(let error)):
            return expected && error is any AWSServiceError
        case (.path, .error), (.pathAll, .error), (.pathAny, .error), (.errorCode, .output):
            return false
        }
    }

    /// The path's result, or nil when a function got an argument of the wrong type.
    private static func evaluate(_ path: JMESPath, _ json: JSONValue) throws(JMESPathError) -> JSONValue? {
        do {
            return try path.evaluate(json)
        } catch where error.kind == .invalidType {
            return nil
        }
    }

    /// `success when path Table.TableStatus == "ACTIVE"`.
    public var description: String {
        let condition: String
        switch matcher {
        case .path(let path, let expected): condition = "path \(path) == \(expected.serializedString())"
        case .pathAll(let path, let expected): condition = "every \(path) == \(expected.serializedString())"
        case .pathAny(let path, let expected): condition = "any \(path) == \(expected.serializedString())"
        case .status(let status): condition = "HTTP status \(status)"
        case .errorCode(let code): condition = "error \(code)"
        case .error(let isError): condition = isError ? "any error" : "no error"
        }
        return "\(state.rawValue) when \(condition)"
    }
}

/// The outcome of one attempt of a waiter.
enum AWSWaiterOutcome {
    /// An output as botocore sees it (`.null` when no acceptor looks at it), and the HTTP status of its response.
    case output(JSONValue, status: Int)
    /// The error the operation threw.
    case error(any Error)
}
