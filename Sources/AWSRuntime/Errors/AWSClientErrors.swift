/// An input value breaks a constraint of the model; the request was not sent.
public struct AWSValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The member path, such as `CreateClusterSnapshotInput.snapshotName`.
    public var path: String
    /// What is wrong, such as `length 0 is below the minimum 1`.
    public var reason: String

    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

/// A response that does not match the model.
public struct AWSResponseDecodingError: Error, Sendable, CustomStringConvertible {
    /// The operation name.
    public var operation: String
    /// The HTTP status code.
    public var status: Int
    /// The member path of the bad value, such as `snapshot.status`; empty for the whole body.
    public var path: String
    /// What is wrong.
    public var reason: String

    /// Creates the error.
    public init(operation: String, status: Int, path: String, reason: String) {
        self.operation = operation
        self.status = status
        self.path = path
        self.reason = reason
    }

    /// `Operation: HTTP 200: cannot decode the response at path: reason`.
    public var description: String {
        let location = path.isEmpty ? "" : " at \(path)"
        return "\(operation): HTTP \(status): cannot decode the response\(location): \(reason)"
    }
}

/// A request that cannot be built, such as one with an empty URI label.
public struct AWSRequestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation name.
    public var operation: String
    /// What is wrong.
    public var reason: String

    /// Creates the error.
    public init(operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    /// `Operation: reason`.
    public var description: String { "\(operation): \(reason)" }
}
