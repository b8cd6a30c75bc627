import Testing

import AWSRuntime

@Suite struct CredentialsProfileProviderTests {
    static let credentialsText = """
        [default]
        aws_access_key_id = CRED_DEFAULT
        aws_secret_access_key = cred-default-secret

        [dev]
        aws_access_key_id = CRED_DEV
        aws_secret_access_key = cred-dev-secret
        aws_session_token = cred-dev-token

        [partial]
        aws_access_key_id = CRED_PARTIAL
        """
    static let configText = """
        [default]
        region = us-west-2
        aws_access_key_id = CONFIG_DEFAULT
        aws_secret_access_key = config-default-secret

        [profile dev]
        region = eu-west-1

        [profile ops]
        region = ap-south-1
        aws_access_key_id = CONFIG_OPS
        aws_secret_access_key = config-ops-secret
        """

    /// Runs `body` with a temporary home holding `~/.aws/credentials` and `~/.aws/config`.
    private func withHome(_ body: (TemporaryDirectory, [String: String]) async throws -> Void) async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        try home.write(".aws/credentials", Self.credentialsText)
        try home.write(".aws/config", Self.configText)
        try await body(home, ["HOME": home.path])
    }

    @Test func credentialsFileWinsOverConfigFile() async throws {
        try await withHome { _, environment in
            let credentials = try await ProfileCredentialProvider(environment: environment).credentials()
            #expect(credentials.accessKeyId == "CRED_DEFAULT")
            #expect(credentials.secretAccessKey == "cred-default-secret")
            #expect(try SharedConfig(environment: environment).region == "us-west-2")
        }
    }

    @Test func profileFromInitThenAWSProfile() async throws {
        try await withHome { _, environment in
            var environment = environment
            environment["AWS_PROFILE"] = "ops"
            let fromEnvironment = ProfileCredentialProvider(environment: environment)
            #expect(fromEnvironment.name == "profile \"ops\"")
            #expect(try await fromEnvironment.credentials().accessKeyId == "CONFIG_OPS")
            #expect(try SharedConfig(environment: environment).region == "ap-south-1")

            let explicit = try await ProfileCredentialProvider(profile: "dev", environment: environment).credentials()
            #expect(explicit == AWSCredentials(accessKeyId: "CRED_DEV", secretAccessKey: "cred-dev-secret", sessionToken: "cred-dev-token"))
            #expect(try SharedConfig(profile: "dev", environment: environment).region == "eu-west-1")
        }
    }

    @Test func environmentOverridesFilePaths() async throws {
        try await withHome { home, environment in
            let credentials = try home.write("elsewhere/creds", "[default]\naws_access_key_id = OTHER\naws_secret_access_key = s\n")
            let config = try home.write("elsewhere/conf", "[default]\nregion = ca-central-1\n")
            var environment = environment
            environment["AWS_SHARED_CREDENTIALS_FILE"] = credentials
            environment["AWS_CONFIG_FILE"] = config
            #expect(try await ProfileCredentialProvider(environment: environment).credentials().accessKeyId == "OTHER")
            let shared = try SharedConfig(environment: environment)
            #expect(shared.region == "ca-central-1")
            #expect(shared.credentialsPath == credentials)
        }
    }

    @Test func tildeInOverrideIsTheHomeDirectory() async throws {
        try await withHome { home, environment in
            try home.write("custom/credentials", "[default]\naws_access_key_id = TILDE\naws_secret_access_key = s\n")
            var environment = environment
            environment["AWS_SHARED_CREDENTIALS_FILE"] = "~/custom/credentials"
            #expect(try await ProfileCredentialProvider(environment: environment).credentials().accessKeyId == "TILDE")
        }
    }

    @Test func missingProfileNamesTheFiles() async throws {
        try await withHome { home, environment in
            await #expect(
                throws: AWSCredentialsError.profileNotFound(
                    profile: "nope", files: [home.path + "/.aws/credentials", home.path + "/.aws/config"])
            ) {
                try await ProfileCredentialProvider(profile: "nope", environment: environment).credentials()
            }
        }
    }

    @Test func missingKeyIsReported() async throws {
        try await withHome { home, environment in
            await #expect(
                throws: AWSCredentialsError.profileKeyMissing(
                    profile: "partial", key: "aws_secret_access_key", file: home.path + "/.aws/credentials")
            ) {
                try await ProfileCredentialProvider(profile: "partial", environment: environment).credentials()
            }
        }
    }

    @Test func missingFilesMeanNoProfile() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        await #expect(throws: AWSCredentialsError.self) {
            try await ProfileCredentialProvider(environment: ["HOME": home.path]).credentials()
        }
    }
}
