import AWSRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AWSRuntime

/// The `User-Agent` header: its format (the AWS SDKs' 2.1 format, in botocore's order), the application id and its
/// limit, and the header on the wire.
@Suite struct UserAgentTests {
    static func settings(environment: [String: String] = [:], profile: [String: String] = [:]) -> ConfigSettings {
        ConfigSettings(environment: environment, profileValue: { profile[$0] })
    }

    @Test func theFormatFollowsTheSDKSpecInBotocoresOrder() {
        let agent = UserAgent(
            retryMode: .standard, appID: "my-app", executionEnvironment: "AWS_Lambda_java21", os: "linux",
            osVersion: "6.8.0", architecture: "x86_64", swiftVersion: "6.3")
        #expect(agent.value == "aws-sdk-swift-codegen/0.1.0 ua/2.1 os/linux#6.8.0 md/arch#x86_64 lang/swift#6.3 "
            + "exec-env/AWS_Lambda_java21 m/E cfg/retry-mode#standard app/my-app")
        let bare = UserAgent(
            retryMode: .adaptive, appID: nil, executionEnvironment: nil, os: "macos", osVersion: nil, architecture: nil,
            swiftVersion: "6.3")
        #expect(bare.value == "aws-sdk-swift-codegen/0.1.0 ua/2.1 os/macos lang/swift#6.3 m/F cfg/retry-mode#adaptive")
    }

    @Test func thisMachineGivesItsOSAndSwiftVersion() {
        let agent = UserAgent(retryMode: .legacy, appID: nil, environment: [:])
        #expect(agent.value.hasPrefix("aws-sdk-swift-codegen/\(UserAgent.sdkVersion) ua/2.1 os/\(UserAgent.osFamily)"))
        #expect(agent.value.contains(" lang/swift#6."))
        #expect(agent.value.hasSuffix(" m/D cfg/retry-mode#legacy"))
        #if os(Linux)
        #expect(agent.value.contains("os/linux#"))
        #endif
    }

    @Test func charactersOutsideTheSpecBecomeDashes() {
        #expect(UserAgent.sanitize("my app/é#1", allowHash: true) == "my-app--#1")
        #expect(UserAgent.sanitize("a#b", allowHash: false) == "a-b")
        #expect(UserAgent.component("md", "na me", "v 1") == "md/na-me#v-1")
        let agent = UserAgent(
            retryMode: .standard, appID: "shop (prod)", executionEnvironment: nil, os: "linux", osVersion: nil,
            architecture: nil, swiftVersion: "6.3")
        #expect(agent.value.hasSuffix(" app/shop--prod-"))
    }

    @Test func theAppIDComesFromTheConfigurationThenTheEnvironmentThenTheProfile() throws {
        let both = Self.settings(environment: ["AWS_SDK_UA_APP_ID": "from-env"], profile: ["sdk_ua_app_id": "from-file"])
        #expect(try UserAgent.appID(explicit: "explicit", settings: both) == "explicit")
        #expect(try UserAgent.appID(explicit: nil, settings: both) == "from-env")
        #expect(try UserAgent.appID(explicit: nil, settings: Self.settings(profile: ["sdk_ua_app_id": "from-file"])) == "from-file")
        #expect(try UserAgent.appID(explicit: nil, settings: Self.settings()) == nil)
    }

    @Test func anAppIDLongerThan50CharactersIsAnErrorNamingItsSource() throws {
        let long = String(repeating: "a", count: 51)
        #expect(try UserAgent.appID(explicit: String(repeating: "a", count: 50), settings: Self.settings())?.count == 50)
        let fromEnvironment = #expect(throws: AWSConfigurationError.self) {
            try UserAgent.appID(explicit: nil, settings: Self.settings(environment: ["AWS_SDK_UA_APP_ID": long]))
        }
        #expect(fromEnvironment?.message.contains("AWS_SDK_UA_APP_ID") == true)
        #expect(fromEnvironment?.message.contains("51 characters") == true)
        let fromFile = #expect(throws: AWSConfigurationError.self) {
            try UserAgent.appID(explicit: nil, settings: Self.settings(profile: ["sdk_ua_app_id": long]))
        }
        #expect(fromFile?.message.contains("'sdk_ua_app_id'") == true)
        var configuration = AWSClientConfiguration.hygieneTest(AWSStubTransport())
        configuration.appID = long
        let fromConfiguration = #expect(throws: AWSConfigurationError.self) { try TestService.client(configuration) }
        #expect(fromConfiguration?.message.contains("appID") == true)
    }

    @Test func everyAttemptSendsTheUserAgentUnsigned() async throws {
        let transport = AWSStubTransport(status: 200)
        var configuration = AWSClientConfiguration.hygieneTest(transport)
        configuration.environment = ["AWS_SDK_UA_APP_ID": "checkout", "AWS_RETRY_MODE": "adaptive"]
        try await TestService.call(try TestService.client(configuration))
        let request = try #require(transport.requests.first)
        let agent = try #require(request.headers["User-Agent"])
        #expect(agent == UserAgent(retryMode: .adaptive, appID: "checkout", environment: [:]).value)
        #expect(agent.hasSuffix(" m/F cfg/retry-mode#adaptive app/checkout"))
        #expect(request.headers["Authorization"]?.lowercased().contains("user-agent") == false)
    }
}
