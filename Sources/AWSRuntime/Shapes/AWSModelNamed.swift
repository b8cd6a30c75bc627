/// A shape some of whose members go by another name on the wire (the model's `locationName`).
///
/// Waiter paths name members as the model does, as botocore's parsed responses do; the generator
/// adds this conformance to the shapes that waiters read.
@_spi(Generated) public protocol AWSModelNamed {
    /// The model's member names by coding key, for the members whose names differ.
    static var awsModelNames: [String: String] { get }
}
