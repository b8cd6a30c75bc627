import AWSIdentity
import AWSRuntime
import Testing

/// botocore's rules for role profiles, web identity and IAM Identity Center settings, from the files alone.
struct ProfileResolverTests {
    private func resolver(config: String, credentials: String = "") throws -> ProfileResolver {
        ProfileResolver(files: [
            try SharedConfigFile(parsing: credentials, kind: .credentials, path: "credentials"),
            try SharedConfigFile(parsing: config, kind: .config, path: "config"),
        ])
    }

    private func expectError(
        _ expected: AWSIdentityError, config: String, profile: String, environment: [String: String]? = nil
    ) throws {
        let resolver = try resolver(config: config)
        #expect(throws: expected) { try resolver.plan(profile: profile, environment: environment) }
    }

    @Test func roleWithSourceProfile() throws {
        let resolver = try resolver(
            config: """
                [profile dev]
                role_arn = arn:aws:iam::123456789012:role/dev
                source_profile = base
                role_session_name = me
                external_id = ext-1
                duration_seconds = 1800
                """,
            credentials: "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n")
        let settings = AssumeRoleSettings(
            profile: "dev", roleArn: "arn:aws:iam::123456789012:role/dev", roleSessionName: "me", externalId: "ext-1",
            durationSeconds: 1800)
        #expect(try resolver.plan(profile: "dev", environment: nil) == .assumeRole(settings, source: .profile("base")))
        #expect(try resolver.plan(profile: "base", environment: nil) == nil)
    }

    @Test func chainOfThreeHops() throws {
        let resolver = try resolver(config: """
            [profile a]
            role_arn = arn:aws:iam::123456789012:role/a
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::123456789012:role/b
            source_profile = c
            [profile c]
            role_arn = arn:aws:iam::123456789012:role/c
            credential_source = ec2instancemetadata
            """)
        let plan = try resolver.plan(profile: "a", environment: nil)
        let c = ProfileCredentialPlan.assumeRole(
            .init(profile: "c", roleArn: "arn:aws:iam::123456789012:role/c"), source: .credentialSource(.ec2InstanceMetadata))
        let b = ProfileCredentialPlan.assumeRole(.init(profile: "b", roleArn: "arn:aws:iam::123456789012:role/b"), source: c)
        #expect(plan == .assumeRole(.init(profile: "a", roleArn: "arn:aws:iam::123456789012:role/a"), source: b))
    }

    /// A source profile without keys of its own gets them as a profile would: web identity, then IAM Identity
    /// Center (botocore's profile providers, without the environment's web identity).
    @Test func sourceProfilesFromWebIdentityAndSSO() throws {
        let resolver = try resolver(config: """
            [profile from-sso]
            role_arn = arn:aws:iam::123456789012:role/a
            source_profile = sso
            [profile from-web]
            role_arn = arn:aws:iam::123456789012:role/b
            source_profile = web
            [profile sso]
            sso_start_url = https://x.awsapps.com/start
            sso_region = eu-west-1
            sso_account_id = 111122223333
            sso_role_name = R
            [profile web]
            role_arn = arn:aws:iam::123456789012:role/web
            web_identity_token_file = /var/token
            """)
        let environment = ["AWS_WEB_IDENTITY_TOKEN_FILE": "/env/token", "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/env"]
        #expect(
            try resolver.plan(profile: "from-sso", environment: environment)
                == .assumeRole(
                    .init(profile: "from-sso", roleArn: "arn:aws:iam::123456789012:role/a"),
                    source: .sso(.init(profile: "sso", sessionName: nil, startURL: "https://x.awsapps.com/start", region: "eu-west-1", accountId: "111122223333", roleName: "R"))))
        #expect(
            try resolver.plan(profile: "from-web", environment: environment)
                == .assumeRole(
                    .init(profile: "from-web", roleArn: "arn:aws:iam::123456789012:role/b"),
                    source: .webIdentity(.init(source: "profile \"web\"", roleArn: "arn:aws:iam::123456789012:role/web", tokenFile: "/var/token"))))
    }

    @Test func cyclesAreRejectedNamingTheProfiles() throws {
        try expectError(
            .sourceProfileCycle(path: ["a", "b", "c", "a"]),
            config: """
                [profile a]
                role_arn = arn:aws:iam::123456789012:role/a
                source_profile = b
                [profile b]
                role_arn = arn:aws:iam::123456789012:role/b
                source_profile = c
                [profile c]
                role_arn = arn:aws:iam::123456789012:role/c
                source_profile = a
                """, profile: "a")
        let description = AWSIdentityError.sourceProfileCycle(path: ["a", "b", "a"]).description
        #expect(description == #"source_profile links form a cycle: "a" -> "b" -> "a""#)
    }

    @Test func selfReferenceNeedsKeys() throws {
        let withKeys = """
            [profile me]
            role_arn = arn:aws:iam::123456789012:role/me
            source_profile = me
            aws_access_key_id = AKIDME
            aws_secret_access_key = me-secret
            """
        let plan = try resolver(config: withKeys).plan(profile: "me", environment: nil)
        #expect(plan == .assumeRole(.init(profile: "me", roleArn: "arn:aws:iam::123456789012:role/me"), source: .profile("me")))
        try expectError(
            .sourceProfileCycle(path: ["me", "me"]),
            config: "[profile me]\nrole_arn = arn:aws:iam::123456789012:role/me\nsource_profile = me\n", profile: "me")
    }

    @Test func mfaSerialIsAClearError() throws {
        try expectError(
            .mfaNotSupported(profile: "dev"),
            config: """
                [profile dev]
                role_arn = arn:aws:iam::123456789012:role/dev
                source_profile = base
                mfa_serial = arn:aws:iam::123456789012:mfa/me
                [profile base]
                aws_access_key_id = AKIDBASE
                aws_secret_access_key = base-secret
                """, profile: "dev")
        #expect(AWSIdentityError.mfaNotSupported(profile: "dev").description.contains("MFA"))
    }

    @Test func missingSourceProfile() throws {
        try expectError(
            .sourceProfileNotFound(profile: "dev", sourceProfile: "nowhere"),
            config: "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/dev\nsource_profile = nowhere\n", profile: "dev")
    }

    @Test func badCredentialSource() throws {
        try expectError(
            .unsupportedCredentialSource(profile: "dev", value: "Lambda"),
            config: "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/dev\ncredential_source = Lambda\n", profile: "dev")
    }

    @Test func roleSourceMustBeExactlyOne() throws {
        try expectError(
            .roleSourceMissing(profile: "dev"), config: "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/dev\n",
            profile: "dev")
        try expectError(
            .conflictingRoleSources(profile: "dev"),
            config: """
                [profile dev]
                role_arn = arn:aws:iam::123456789012:role/dev
                credential_source = Environment
                source_profile = dev
                """, profile: "dev")
    }

    @Test func badDurationSeconds() throws {
        try expectError(
            .invalidSetting(source: "profile \"dev\"", key: "duration_seconds", reason: "is not a positive whole number of seconds"),
            config: """
                [profile dev]
                role_arn = arn:aws:iam::123456789012:role/dev
                credential_source = Environment
                duration_seconds = an hour
                """, profile: "dev")
    }

    @Test func webIdentityFromTheProfileAndFromTheEnvironment() throws {
        let resolver = try resolver(config: """
            [profile web]
            role_arn = arn:aws:iam::123456789012:role/web
            web_identity_token_file = /var/token
            role_session_name = pod
            """)
        #expect(
            try resolver.plan(profile: "web", environment: nil)
                == .webIdentity(.init(source: "profile \"web\"", roleArn: "arn:aws:iam::123456789012:role/web", tokenFile: "/var/token", roleSessionName: "pod")))
        // Each setting from the environment wins over the profile's, as in botocore.
        let environment = ["AWS_WEB_IDENTITY_TOKEN_FILE": "/run/irsa/token", "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/irsa"]
        #expect(
            try resolver.plan(profile: "web", environment: environment)
                == .webIdentity(.init(source: "the environment", roleArn: "arn:aws:iam::123456789012:role/irsa", tokenFile: "/run/irsa/token", roleSessionName: "pod")))
    }

    @Test func webIdentityWithoutARoleIsAnError() throws {
        #expect(throws: AWSIdentityError.webIdentityRoleMissing(source: "the environment")) {
            try ProfileResolver.environmentWebIdentity(["AWS_WEB_IDENTITY_TOKEN_FILE": "/t"])
        }
        #expect(try ProfileResolver.environmentWebIdentity([:]) == nil)
    }

    @Test func ssoSessionAndLegacyForms() throws {
        let resolver = try resolver(config: """
            [profile new]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            [sso-session corp]
            sso_start_url = https://d-123example.awsapps.com/start
            sso_region = eu-west-1
            sso_registration_scopes = sso:account:access
            [profile old]
            sso_start_url = https://d-123example.awsapps.com/start
            sso_region = us-east-2
            sso_account_id = 111122223333
            sso_role_name = Admin
            """)
        #expect(
            try resolver.plan(profile: "new", environment: nil)
                == .sso(.init(profile: "new", sessionName: "corp", startURL: "https://d-123example.awsapps.com/start", region: "eu-west-1", accountId: "111122223333", roleName: "ReadOnly")))
        #expect(
            try resolver.plan(profile: "old", environment: nil)
                == .sso(.init(profile: "old", sessionName: nil, startURL: "https://d-123example.awsapps.com/start", region: "us-east-2", accountId: "111122223333", roleName: "Admin")))
    }

    @Test func ssoSettingErrors() throws {
        try expectError(
            .ssoSessionNotFound(profile: "p", session: "gone"),
            config: "[profile p]\nsso_session = gone\nsso_account_id = 1\nsso_role_name = R\n", profile: "p")
        try expectError(
            .ssoSettingsMissing(profile: "p", keys: ["sso_start_url", "sso_region"]),
            config: "[profile p]\nsso_account_id = 1\nsso_role_name = R\n", profile: "p")
        try expectError(
            .ssoSettingsConflict(profile: "p", key: "sso_region"),
            config: """
                [profile p]
                sso_session = s
                sso_region = us-east-1
                sso_account_id = 1
                sso_role_name = R
                [sso-session s]
                sso_start_url = https://x.awsapps.com/start
                sso_region = eu-west-1
                """, profile: "p")
    }

    @Test func credentialsFileWinsAKeySetInBoth() throws {
        let resolver = try resolver(
            config: "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/from-config\ncredential_source = Environment\n",
            credentials: "[dev]\nrole_arn = arn:aws:iam::123456789012:role/from-credentials\n")
        #expect(
            try resolver.plan(profile: "dev", environment: nil)
                == .assumeRole(.init(profile: "dev", roleArn: "arn:aws:iam::123456789012:role/from-credentials"), source: .credentialSource(.environment)))
    }
}
