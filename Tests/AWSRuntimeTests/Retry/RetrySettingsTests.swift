import AWSRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AWSRuntime

/// The retry mode and attempts: the configuration, else `AWS_RETRY_MODE`/`AWS_MAX_ATTEMPTS`, else the shared
/// config's `retry_mode`/`max_attempts`, else the mode's default.
@Suite struct RetrySettingsTests {
    /// Settings read from a real config file holding `profile` as the `default` profile, and `environment`.
    static func resolve(
        _ configuration: AWSRetryConfiguration = AWSRetryConfiguration(), environment: [String: String] = [:],
        profile: String = ""
    ) throws -> RetrySettings {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try directory.write("config", "[default]\n" + profile)
        var environment = environment
        environment["AWS_CONFIG_FILE"] = config
        environment["AWS_SHARED_CREDENTIALS_FILE"] = directory.path + "/missing"
        return try RetrySettings(configuration, settings: ConfigSettings(profile: nil, environment: environment))
    }

    @Test func theDefaultIsStandardWithThreeAttempts() throws {
        #expect(try Self.resolve() == RetrySettings(mode: .standard, maxAttempts: 3))
    }

    @Test func theEnvironmentSetsModeAndAttempts() throws {
        let settings = try Self.resolve(environment: ["AWS_RETRY_MODE": "Adaptive", "AWS_MAX_ATTEMPTS": "7"])
        #expect(settings == RetrySettings(mode: .adaptive, maxAttempts: 7))
    }

    @Test func theConfigFileSetsModeAndAttempts() throws {
        #expect(try Self.resolve(profile: "retry_mode = adaptive\nmax_attempts = 4\n") == RetrySettings(mode: .adaptive, maxAttempts: 4))
        // botocore's legacy mode makes 5 attempts unless told otherwise.
        #expect(try Self.resolve(profile: "retry_mode = legacy\n") == RetrySettings(mode: .legacy, maxAttempts: 5))
    }

    @Test func theEnvironmentBeatsTheConfigFileAndTheConfigurationBeatsBoth() throws {
        let file = "retry_mode = adaptive\nmax_attempts = 9\n"
        let environment = ["AWS_RETRY_MODE": "standard", "AWS_MAX_ATTEMPTS": "2"]
        #expect(try Self.resolve(environment: environment, profile: file) == RetrySettings(mode: .standard, maxAttempts: 2))
        #expect(try Self.resolve(environment: ["AWS_MAX_ATTEMPTS": "2"], profile: file) == RetrySettings(mode: .adaptive, maxAttempts: 2))
        let explicit = AWSRetryConfiguration(maxAttempts: 6, mode: .legacy)
        #expect(try Self.resolve(explicit, environment: environment, profile: file) == RetrySettings(mode: .legacy, maxAttempts: 6))
    }

    @Test func malformedValuesAreErrorsThatNameTheirSource() throws {
        let attempts = #expect(throws: AWSConfigurationError.self) { try Self.resolve(environment: ["AWS_MAX_ATTEMPTS": "0"]) }
        #expect(attempts?.message == "the environment variable AWS_MAX_ATTEMPTS must be a whole number of at least 1, not '0'")
        let mode = #expect(throws: AWSConfigurationError.self) { try Self.resolve(profile: "retry_mode = fast\n") }
        #expect(mode?.message == "the shared config key 'retry_mode' must be one of legacy, standard, adaptive, not 'fast'")
    }

    @Test func maxAttemptsFromTheEnvironmentLimitsACall() async throws {
        let transport = AWSStubTransport(status: 503)
        var configuration = AWSClientConfiguration.hygieneTest(transport)
        configuration.environment = ["AWS_MAX_ATTEMPTS": "2"]
        await #expect(throws: AWSUnknownServiceError.self) { try await TestService.call(try TestService.client(configuration)) }
        #expect(transport.requests.count == 2)
    }
}
