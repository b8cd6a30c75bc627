/// A structure of a service model: an input, an output, an error or a nested shape.
///
/// A generated shape conforms to ``AWSEncodableShape`` when requests carry it (it is reachable from an input),
/// to ``AWSDecodableShape`` when responses do (from an output or an error), and to both when both do: each
/// direction costs the compiler a function and its witnesses per shape, and most shapes travel one way.
public protocol AWSShape: Sendable {
    /// The members whose wire traits differ from the defaults.
    @_spi(Generated) static var awsMembers: [AWSMember] { get }
}

/// A shape that requests carry: written to the wire through `Encodable` and checked against the model's
/// constraints first.
public typealias AWSEncodableShape = AWSEncodingShape & Encodable

/// A shape that responses carry: read from the wire through `Decodable`.
public typealias AWSDecodableShape = AWSShape & Decodable

/// What an ``AWSEncodableShape`` is besides `Encodable`: a shape that is validated and written as a member.
///
/// It does not refine `Encodable` itself: a conformance to a protocol that refines one of the standard
/// library's (a resilient module) gets a witness table that the runtime instantiates, and a function per
/// conforming type that does it; without the refinement the table is a constant.
public protocol AWSEncodingShape: AWSShape, AWSValidatable, AWSMemberWriting {}

extension AWSShape {
    /// No members with special traits.
    @_spi(Generated) public static var awsMembers: [AWSMember] { [] }
}

extension AWSEncodingShape {
    /// Checks the model's constraints; `path` names this value in errors, such as `CreateClusterSnapshotInput`.
    ///
    /// Not a requirement of its own: a shape implements only `AWSValidatable`'s, which saves the compiler a
    /// witness per shape.
    public func validate(path: String) throws {
        try validate(.shape, path: { path })
    }
}

/// The input or output of an operation that has none in the model.
public struct AWSEmptyShape: AWSEncodableShape, AWSDecodableShape, Equatable {
    /// Creates the empty shape.
    public init() {}
}
