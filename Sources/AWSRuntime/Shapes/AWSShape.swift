/// A structure of a service model: an input, an output, an error or a nested shape.
public protocol AWSShape: Codable, Sendable, AWSValidatable, AWSMemberEncodable {
    /// The members whose wire traits differ from the defaults.
    @_spi(Generated) static var awsMembers: [AWSMember] { get }

    /// Whether an input has members that go in the body; when it has, an empty body is sent as `{}`.
    @_spi(Generated) static var awsHasBody: Bool { get }

    /// Checks the model's constraints; `path` names this value in errors, such as `CreateClusterSnapshotInput`.
    func validate(path: String) throws
}

extension AWSShape {
    /// No members with special traits.
    @_spi(Generated) public static var awsMembers: [AWSMember] { [] }

    /// Has body members.
    @_spi(Generated) public static var awsHasBody: Bool { true }

    /// No constraints.
    public func validate(path: String) throws {}
}

/// The input or output of an operation that has none in the model.
public struct AWSEmptyShape: AWSShape, Equatable {
    /// Creates the empty shape.
    public init() {}

    /// An operation without input sends no body.
    @_spi(Generated) public static var awsHasBody: Bool { false }
}
