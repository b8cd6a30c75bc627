import Testing

import AWSRuntime

@Suite struct CredentialsSharedConfigFileTests {
    @Test func parsesConfigProfiles() throws {
        let file = try SharedConfigFile(
            parsing: """
                # comment
                [default]
                region = us-west-2
                ; another comment
                [profile dev]
                Region=eu-west-1
                s3 =
                    max_concurrent_requests = 20
                output = json
                [sso-session corp]
                sso_region = us-east-1
                [dev]
                region = ignored
                """,
            kind: .config, path: "config")
        #expect(file.value(profile: "default", key: "region") == "us-west-2")
        #expect(file.value(profile: "dev", key: "region") == "eu-west-1")
        #expect(file.value(profile: "dev", key: "output") == "json")
        #expect(file.value(profile: "dev", key: "max_concurrent_requests") == nil)
        #expect(file.value(profile: "dev", key: "s3.max_concurrent_requests") == "20")
        #expect(file.value(profile: "dev", key: "s3") == "")
        #expect(Set(file.profiles.keys) == ["default", "dev"])
        #expect(file.ssoSessions == ["corp": ["sso_region": "us-east-1"]])
    }

    /// An indented line under a key that has a value continues it; it is not a nested setting.
    @Test func continuationLinesAreNotNestedSettings() throws {
        let file = try SharedConfigFile(
            parsing: "[default]\nca_bundle = /a\n  b = c\n", kind: .config, path: "config")
        #expect(file.value(profile: "default", key: "ca_bundle") == "/a")
        #expect(file.value(profile: "default", key: "ca_bundle.b") == nil)
    }

    @Test func credentialsFileSectionsAreProfileNames() throws {
        let file = try SharedConfigFile(
            parsing: "[profile x]\r\naws_access_key_id = A\r\n[empty]\r\n", kind: .credentials, path: "credentials")
        #expect(file.value(profile: "profile x", key: "AWS_ACCESS_KEY_ID") == "A")
        #expect(file.profiles["empty"] == [:])
    }

    @Test(arguments: ["key = value\n[default]", "[default]\nnot a pair"])
    func rejectsMalformedLines(_ text: String) {
        #expect(throws: AWSCredentialsError.self) {
            try SharedConfigFile(parsing: text, kind: .config, path: "config")
        }
    }

    @Test func malformedLineIsReported() {
        #expect(throws: AWSCredentialsError.malformedFile(path: "config", line: 3)) {
            try SharedConfigFile(parsing: "[default]\n\noops\n", kind: .config, path: "config")
        }
    }
}
