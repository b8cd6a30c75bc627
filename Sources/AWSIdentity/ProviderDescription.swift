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

extension SSOTokenProvider: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `sso token of <login>`; never the token or the environment.
    public var description: String {
        "sso token of " + SSOTokenCache.loginName(sessionName: settings.sessionName, startURL: settings.startURL)
    }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// Only the description.
    public var customMirror: Mirror { Mirror(self, children: ["login": description]) }
}

extension ProfileResolver: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The names of the profiles and sso-sessions; never their values, which may hold keys.
    public var description: String {
        "ProfileResolver(profiles: \(profiles.keys.sorted()), ssoSessions: \(ssoSessions.keys.sorted()))"
    }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// Only the names.
    public var customMirror: Mirror {
        Mirror(self, children: ["profiles": profiles.keys.sorted(), "ssoSessions": ssoSessions.keys.sorted()])
    }
}
