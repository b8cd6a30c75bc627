import AWSRuntime

/// Describes a provider by its ``AWSCredentialProvider/name`` alone, in `print`, `debugPrint`, string
/// interpolation and `dump`: the default reflection would show the environment it holds, secrets included.
protocol NameOnlyDescription: AWSCredentialProvider, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {}

extension NameOnlyDescription {
    /// The provider's name.
    public var description: String { name }
    /// The provider's name.
    public var debugDescription: String { name }
    /// No children: the name is all there is to show.
    public var customMirror: Mirror { Mirror(self, children: ["name": name]) }
}

extension AssumeRoleProvider: NameOnlyDescription {}
extension WebIdentityProvider: NameOnlyDescription {}
extension SSOProvider: NameOnlyDescription {}
extension ProfileIdentityProvider: NameOnlyDescription {}
extension IdentityCredentialChain: NameOnlyDescription {}
