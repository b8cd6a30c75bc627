import Foundation

/// Runs the `credential_process` of a profile in the shared config files and reads the credentials it prints,
/// as the AWS CLI does: the command is split into words as a shell would (it is not run by a shell), and must
/// print a JSON document with `Version` 1, `AccessKeyId`, `SecretAccessKey`, and optionally `SessionToken`
/// and `Expiration` (ISO 8601).
///
/// Errors name the program and quote what it wrote to standard error, never its standard output (which holds
/// the secrets) or the rest of the command line (which may).
public struct ProcessCredentialProvider: AWSCredentialProvider {
    private let profileOverride: String?
    private let environment: [String: String]
    /// How long the process may run before it is stopped and the provider fails.
    public let timeout: Duration

    /// Creates a provider of `profile`'s `credential_process` (nil: `AWS_PROFILE`, else `default`); the process
    /// runs with `environment` and is stopped after `timeout`.
    public init(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        timeout: Duration = .seconds(60)
    ) {
        profileOverride = profile
        self.environment = environment
        self.timeout = timeout
    }

    /// `credential_process of profile "<name>"`.
    public var name: String { "credential_process of profile \"\(SharedConfig.profileName(profileOverride, environment: environment))\"" }

    /// Runs the process and returns the credentials it printed.
    public func credentials() async throws -> AWSCredentials {
        let config = try SharedConfig(profile: profileOverride, environment: environment)
        guard config.files.contains(where: { $0.profiles[config.profile] != nil }) else {
            throw AWSCredentialsError.profileNotFound(profile: config.profile, files: [config.credentialsPath, config.configPath])
        }
        guard let command = config.value("credential_process"), !command.isEmpty else {
            throw AWSCredentialsError.profileKeyMissing(profile: config.profile, key: "credential_process", file: config.configPath)
        }
        let arguments: [String]
        do {
            arguments = try ShellWords.split(command)
        } catch {
            throw AWSCredentialsError.processFailed(program: "credential_process", reason: "cannot split the command: \(error.message)")
        }
        guard let program = arguments.first else {
            throw AWSCredentialsError.processFailed(program: "credential_process", reason: "the command is empty")
        }
        let outcome: CredentialProcessRunner.Outcome
        do {
            outcome = try await CredentialProcessRunner.run(arguments, environment: environment, timeout: timeout)
        } catch CredentialProcessRunner.Failure.timedOut {
            throw AWSCredentialsError.processFailed(program: program, reason: "no result within \(timeout)")
        } catch CredentialProcessRunner.Failure.launch(let reason) {
            throw AWSCredentialsError.processFailed(program: program, reason: "cannot start: \(reason)")
        }
        guard outcome.status == 0 else {
            let stderr = String(decoding: outcome.standardError, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw AWSCredentialsError.processFailed(
                program: program, reason: "exit status \(outcome.status)" + (stderr.isEmpty ? "" : ": \(stderr)"))
        }
        return try Self.credentials(from: outcome.standardOutput, program: program, now: Date())
    }

    /// Parses the process's output, which must be current at `now`.
    static func credentials(from output: [UInt8], program: String, now: Date) throws -> AWSCredentials {
        func invalid(_ reason: String) -> AWSCredentialsError { .processFailed(program: program, reason: reason) }
        guard let document = try? JSONValue.parse(output), document.objectValue != nil else {
            throw invalid("its output is not a JSON object")
        }
        guard document["Version"]?.intValue == 1 else { throw invalid("its output's Version is not 1") }
        func required(_ key: String) throws -> String {
            guard let value = document[key]?.stringValue, !value.isEmpty else { throw invalid("its output has no \(key)") }
            return value
        }
        let accessKeyId = try required("AccessKeyId"), secretAccessKey = try required("SecretAccessKey")
        let sessionToken = document["SessionToken"]?.stringValue
        var expiration: Date?
        if let text = document["Expiration"]?.stringValue {
            guard let date = TimestampCoding.parseISO8601(text) else { throw invalid("its Expiration is not an ISO 8601 timestamp") }
            guard date > now else { throw invalid("the credentials it printed expired at \(text)") }
            expiration = date
        }
        return AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey,
            sessionToken: sessionToken?.isEmpty == false ? sessionToken : nil, expiration: expiration,
            accountId: document["AccountId"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 })
    }
}
