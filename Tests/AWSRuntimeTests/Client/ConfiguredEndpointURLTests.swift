import AWSRuntimeTesting
import Testing

@_spi(Generated) @testable import AWSRuntime

/// The endpoint URL from the configuration, the environment, and the shared config's `endpoint_url` and
/// `[services name]` sections, in botocore's order.
@Suite struct ConfiguredEndpointURLTests {
    static let config = """
        [default]
        region = us-west-2

        [profile dev]
        services = local
        endpoint_url = http://global.example:1

        [profile elsewhere]
        services = local
        endpoint_url = http://global.example:1
        ignore_configured_endpoint_urls = TRUE

        [profile broken]
        services = nowhere

        [services local]
        test_service =
          endpoint_url = http://service.example:2
        other_service =
          endpoint_url = http://other.example:3

        """

    static func resolve(profile: String, environment: [String: String] = [:], explicit: String? = nil) throws -> String? {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var environment = environment
        environment["AWS_CONFIG_FILE"] = try directory.write("config", config)
        environment["AWS_SHARED_CREDENTIALS_FILE"] = directory.path + "/missing"
        return try ConfiguredEndpointURL.resolve(
            service: TestService.descriptor, explicit: explicit,
            settings: ConfigSettings(profile: profile, environment: environment))
    }

    @Test func theServicesSectionGivesTheServiceItsOwnURL() throws {
        #expect(TestService.descriptor.configKey == "test_service")
        #expect(try Self.resolve(profile: "dev") == "http://service.example:2")
        #expect(try Self.resolve(profile: "default") == nil)
    }

    @Test func theProfilesURLIsUsedWhenTheSectionDoesNotNameTheService() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = [
            "AWS_CONFIG_FILE": try directory.write("config", "[default]\nendpoint_url = http://global.example:1\n"),
            "AWS_SHARED_CREDENTIALS_FILE": directory.path + "/missing",
        ]
        let url = try ConfiguredEndpointURL.resolve(
            service: TestService.descriptor, explicit: nil, settings: ConfigSettings(profile: nil, environment: environment))
        #expect(url == "http://global.example:1")
    }

    @Test func theEnvironmentBeatsTheFileAndTheConfigurationBeatsBoth() throws {
        #expect(try Self.resolve(profile: "dev", environment: ["AWS_ENDPOINT_URL": "http://env.example"]) == "http://env.example")
        let both = ["AWS_ENDPOINT_URL": "http://env.example", "AWS_ENDPOINT_URL_TEST_SERVICE": "http://service-env.example"]
        #expect(try Self.resolve(profile: "dev", environment: both) == "http://service-env.example")
        #expect(try Self.resolve(profile: "dev", environment: both, explicit: "http://explicit") == "http://explicit")
    }

    @Test func configuredURLsCanBeIgnored() throws {
        let ignore = ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true", "AWS_ENDPOINT_URL": "http://env.example"]
        #expect(try Self.resolve(profile: "dev", environment: ignore) == nil)
        #expect(try Self.resolve(profile: "elsewhere") == nil)
        #expect(try Self.resolve(profile: "dev", environment: ignore, explicit: "http://explicit") == "http://explicit")
    }

    @Test func aMissingServicesSectionIsAnError() throws {
        let error = #expect(throws: AWSConfigurationError.self) { try Self.resolve(profile: "broken") }
        #expect(error?.message.contains("services section 'nowhere'") == true)
    }

    @Test func aClientGoesToTheServicesSectionsURL() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = AWSClientConfiguration.hygieneTest(AWSStubTransport(status: 200))
        configuration.environment = [
            "AWS_CONFIG_FILE": try directory.write("config", Self.config), "AWS_PROFILE": "dev",
            "AWS_SHARED_CREDENTIALS_FILE": directory.path + "/missing",
        ]
        let client = try TestService.client(configuration)
        let expected = try AWSEndpoint(url: "http://service.example:2")
        #expect(client.endpoint == expected)
    }

    @Test func nonProfileSectionsAreKeptApart() throws {
        let file = try SharedConfigFile(parsing: Self.config, kind: .config, path: "config")
        #expect(file.sections["services local"]?["test_service.endpoint_url"] == "http://service.example:2")
        #expect(file.sections["services local"]?["other_service.endpoint_url"] == "http://other.example:3")
        #expect(file.profiles["local"] == nil && file.profiles["services local"] == nil)
        #expect(file.profiles["dev"]?["services"] == "local")
    }
}
