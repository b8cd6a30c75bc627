import AWSRuntime
import Crypto
import Foundation

/// The AWS CLI's IAM Identity Center token cache: one JSON file per login in `~/.aws/sso/cache`, named by the
/// SHA-1 hex of the `sso_session` name, or of the start URL for the legacy `sso_start_url` form.
public struct SSOTokenCache: Sendable {
    /// The folder of the token files.
    public let directory: String

    /// A cache in `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// The CLI's cache, `$HOME/.aws/sso/cache` with `HOME` from `environment`.
    public init(environment: [String: String]) {
        let home = environment.nonEmpty("HOME") ?? NSHomeDirectory()
        self.init(directory: home + "/.aws/sso/cache")
    }

    /// `<sha1 hex of sessionName, else of startURL>.json`, as botocore's `SSOTokenLoader` names it.
    public static func fileName(sessionName: String?, startURL: String) -> String {
        let key = sessionName ?? startURL
        return Insecure.SHA1.hash(data: Array(key.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined() + ".json"
    }

    /// The path of the token file for a session (or legacy start URL).
    public func path(sessionName: String?, startURL: String) -> String {
        directory + "/" + Self.fileName(sessionName: sessionName, startURL: startURL)
    }

    /// The cached token.
    public func load(sessionName: String?, startURL: String) throws(AWSIdentityError) -> SSOToken {
        let path = path(sessionName: sessionName, startURL: startURL)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .ssoTokenMissing(name: Self.loginName(sessionName: sessionName, startURL: startURL), path: path)
        }
        return try SSOToken(parsing: Array(data), path: path)
    }

    /// Replaces the cached token, writing a file only its owner can read and renaming it into place.
    public func save(_ token: SSOToken, sessionName: String?, startURL: String) throws(AWSIdentityError) {
        let path = path(sessionName: sessionName, startURL: startURL)
        let temporary = path + ".tmp-\(UUID().uuidString)"
        let written = FileManager.default.createFile(
            atPath: temporary, contents: Data(token.serialized().utf8), attributes: [.posixPermissions: 0o600])
        guard written, rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .ssoTokenUnwritable(path: path)
        }
    }

    /// How messages name a login: `sso-session "<name>"` or `start URL <url>`.
    static func loginName(sessionName: String?, startURL: String) -> String {
        sessionName.map { "sso-session \"\($0)\"" } ?? "start URL \(startURL)"
    }
}
