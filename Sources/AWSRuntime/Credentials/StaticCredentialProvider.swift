/// Returns the credentials it was created with.
public struct StaticCredentialProvider: AWSCredentialProvider {
    private let value: AWSCredentials

    /// Creates a provider of `credentials`.
    public init(_ credentials: AWSCredentials) {
        value = credentials
    }

    /// `static`.
    public var name: String { "static" }

    /// The fixed credentials.
    public func credentials() async throws -> AWSCredentials { value }
}
