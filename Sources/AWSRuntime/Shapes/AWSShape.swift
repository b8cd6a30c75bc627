/// A structure of a service model: an input, an output, an error or a nested shape.
public protocol AWSShape: Codable, Sendable, AWSValidatable, AWSMemberEncodable {
    /// The members whose wire traits differ from the defaults.
    @_spi(Generated) static var awsMembers: [AWSMember] { get }
}

extension AWSShape {
    /// No members with special traits.
    @_spi(Generated) public static var awsMembers: [AWSMember] { [] }

    /// Checks the model's constraints; `path` names this value in errors, such as `CreateClusterSnapshotInput`.
    ///
    /// Not a requirement of its own: a shape implements only `AWSValidatable`'s, which saves the compiler a
    /// witness per shape.
    public func validate(path: String) throws {
        try validate(.shape, path: { path })
    }
}

/// The input or output of an operation that has none in the model.
public struct AWSEmptyShape: AWSShape, Equatable {
    /// Creates the empty shape.
    public init() {}
}
