import Foundation
import Testing

@testable import AWSRuntime

/// `credential_process`: real scripts run with the profile's command line, their output parsed, their
/// failures reported with stderr and without secrets, and its place in the chain.
@Suite struct ProcessCredentialProviderTests {
    static let future = "2999-01-01T00:00:00Z"

    /// A home folder whose config file's default profile runs `script` (written as an executable file)
    /// with `arguments`.
    static func home(script: String, arguments: String = "", extraConfig: String = "", credentialsFile: String? = nil) throws
        -> TemporaryDirectory
    {
        let home = try TemporaryDirectory()
        let path = try home.write("bin/creds", "#!/bin/sh\n" + script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try home.write(".aws/config", "[default]\ncredential_process = \(path) \(arguments)\n" + extraConfig)
        if let credentialsFile { try home.write(".aws/credentials", credentialsFile) }
        return home
    }

    static func provider(_ home: TemporaryDirectory, timeout: Duration = .seconds(10)) -> ProcessCredentialProvider {
        ProcessCredentialProvider(environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"], timeout: timeout)
    }

    static func failure(_ home: TemporaryDirectory, timeout: Duration = .seconds(10)) async -> String? {
        do {
            _ = try await provider(home, timeout: timeout).credentials()
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func readsTheCredentialsAProcessPrints() async throws {
        let home = try Self.home(script: """
            echo '{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "process-secret", \
            "SessionToken": "process-token", "Expiration": "\(Self.future)"}'
            """)
        defer { home.remove() }
        let credentials = try await Self.provider(home).credentials()
        #expect(credentials.accessKeyId == "AKIDPROCESS")
        #expect(credentials.secretAccessKey == "process-secret")
        #expect(credentials.sessionToken == "process-token")
        #expect(credentials.expiration == TimestampCoding.parseISO8601(Self.future))
    }

    @Test func passesTheArgumentsAsAShellWouldSplitThem() async throws {
        let home = try Self.home(
            script: #"echo "{\"Version\": 1, \"AccessKeyId\": \"$1|$2\", \"SecretAccessKey\": \"s\"}""#,
            arguments: #"'two words' "and \$HOME""#)
        defer { home.remove() }
        let credentials = try await Self.provider(home).credentials()
        #expect(credentials.accessKeyId == "two words|and $HOME")
        #expect(credentials.expiration == nil && credentials.sessionToken == nil)
    }

    @Test(arguments: [
        ("echo 'not json'", "its output is not a JSON object"),
        (#"echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "S"}'"#, "its output's Version is not 1"),
        (#"echo '{"Version": 1, "SecretAccessKey": "S"}'"#, "its output has no AccessKeyId"),
        (#"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S", "Expiration": "2001-01-01T00:00:00Z"}'"#,
         "the credentials it printed expired at 2001-01-01T00:00:00Z"),
        (#"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S", "Expiration": "soon"}'"#,
         "its Expiration is not an ISO 8601 timestamp"),
        ("echo 'cannot reach the vault' >&2; exit 3", "exit status 3: cannot reach the vault"),
    ])
    func reportsWhatWentWrong(_ script: String, _ reason: String) async throws {
        let home = try Self.home(script: script)
        defer { home.remove() }
        let description = try #require(await Self.failure(home))
        #expect(description == "credential_process \(home.path)/bin/creds: \(reason)")
    }

    @Test func stopsAProcessThatRunsTooLong() async throws {
        let home = try Self.home(script: "sleep 30")
        defer { home.remove() }
        let start = ContinuousClock.now
        let description = try #require(await Self.failure(home, timeout: .milliseconds(300)))
        #expect(description.hasSuffix("no result within 0.3 seconds"))
        #expect(ContinuousClock.now - start < .seconds(10), "the 0.3 s limit, with slack for a loaded machine")
    }

    @Test func neverQuotesTheOutputOrTheArguments() async throws {
        let home = try Self.home(
            script: #"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "printed-secret"}'; exit 1"#,
            arguments: "--token argument-secret")
        defer { home.remove() }
        let description = try #require(await Self.failure(home))
        #expect(description == "credential_process \(home.path)/bin/creds: exit status 1")
        #expect(!description.contains("printed-secret") && !description.contains("argument-secret"))
    }

    @Test func aMissingProgramIsAnError() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        try home.write(".aws/config", "[default]\ncredential_process = no-such-program-here --flag\n")
        let description = try #require(await Self.failure(home))
        #expect(description.hasPrefix("credential_process no-such-program-here: exit status 127"))
    }

    @Test func theChainTriesTheCredentialsFileThenTheProcessThenTheConfigFile() async throws {
        let script = #"echo '{"Version": 1, "AccessKeyId": "FROM-PROCESS", "SecretAccessKey": "s"}'"#
        let configKeys = "aws_access_key_id = FROM-CONFIG\naws_secret_access_key = s\n"
        let withCredentialsFile = try Self.home(
            script: script, extraConfig: configKeys,
            credentialsFile: "[default]\naws_access_key_id = FROM-CREDENTIALS\naws_secret_access_key = s\n")
        defer { withCredentialsFile.remove() }
        let withConfigKeys = try Self.home(script: script, extraConfig: configKeys)
        defer { withConfigKeys.remove() }
        for (home, expected) in [(withCredentialsFile, "FROM-CREDENTIALS"), (withConfigKeys, "FROM-PROCESS")] {
            let chain = CredentialProviderChain.standard(environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"])
            #expect(try await chain.credentials().accessKeyId == expected)
        }
    }

    @Test(arguments: [
        ("a b\tc", ["a", "b", "c"]),
        (#"'x y' "p \" q" r\ s"#, ["x y", "p \" q", "r s"]),
        (#"a'b'"c"d"#, ["abcd"]),
        (#""\n\$""#, [#"\n$"#]),
        ("''", [""]),
        ("   ", []),
    ])
    func splitsCommandLines(_ command: String, _ words: [String]) throws {
        #expect(try ShellWords.split(command) == words)
    }

    @Test(arguments: ["'open", "\"open", "end\\"])
    func rejectsUnterminatedQuotes(_ command: String) {
        #expect(throws: ShellWords.SplitError.self) { try ShellWords.split(command) }
    }
}
