import Testing

import AWSRuntime
import AWSRuntimeTesting

@Suite struct CredentialsDefaultChainTests {
    /// A place the default chain finds credentials in.
    enum Source: Sendable {
        case environment, profile, container, instanceMetadata
    }

    /// A home directory, an environment and a transport that offer credentials from `sources`, each with
    /// its own access key ID.
    struct Setup {
        let home: TemporaryDirectory
        var environment: [String: String]
        let transport: AWSStubTransport

        init(_ sources: [Source]) throws {
            home = try TemporaryDirectory()
            environment = ["HOME": home.path]
            var routes: [String: [ScriptedReplies.Reply]] = [:]
            for source in sources {
                switch source {
                case .environment:
                    environment["AWS_ACCESS_KEY_ID"] = "ENVKEY"
                    environment["AWS_SECRET_ACCESS_KEY"] = "env-secret"
                case .profile:
                    let profile = "[default]\naws_access_key_id = PROFILEKEY\naws_secret_access_key = s"
                    try home.write(".aws/credentials", profile)
                case .container:
                    environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] = "/ecs"
                    routes["GET /ecs"] = [.ok(credentialsJSON(accessKeyId: "ECSKEY"))]
                case .instanceMetadata:
                    routes["PUT /latest/api/token"] = [.ok("imds-token")]
                    let rolesPath = "GET /latest/meta-data/iam/security-credentials/"
                    routes[rolesPath] = [.ok("role")]
                    routes[rolesPath + "role"] = [.ok(credentialsJSON(accessKeyId: "IMDSKEY"))]
                }
            }
            transport = ScriptedReplies(routes).makeTransport()
        }

        var chain: CachedCredentialProvider {
            CredentialProviderChain.default(environment: environment, transport: transport)
        }
    }

    @Test(arguments: [
        ([Source.environment, .profile, .container, .instanceMetadata], "ENVKEY", [String]()),
        ([Source.profile, .container, .instanceMetadata], "PROFILEKEY", []),
        ([Source.container, .instanceMetadata], "ECSKEY", ["/ecs"]),
        ([Source.instanceMetadata], "IMDSKEY", [
            "/latest/api/token", "/latest/meta-data/iam/security-credentials/",
            "/latest/meta-data/iam/security-credentials/role",
        ]),
    ])
    func firstSourceInOrderWins(sources: [Source], accessKeyId: String, paths: [String]) async throws {
        let setup = try Setup(sources)
        defer { setup.home.remove() }
        #expect(try await setup.chain.credentials().accessKeyId == accessKeyId)
        #expect(setup.transport.requests.map(\.path) == paths)
    }

    @Test func chainIsCached() async throws {
        let setup = try Setup([.instanceMetadata])
        defer { setup.home.remove() }
        let chain = setup.chain
        _ = try await chain.credentials()
        _ = try await chain.credentials()
        #expect(setup.transport.requests.count == 3)
        #expect(
            chain.name == #"cached(chain(environment, profile "default" in the credentials file, credential_process of profile "default", profile "default" in the config file, ECS container, EC2 instance metadata))"#)
    }

    @Test func errorListsEveryProviderAndWhy() async throws {
        let setup = try Setup([])
        defer { setup.home.remove() }
        let error = await #expect(throws: AWSCredentialsError.self) { try await setup.chain.credentials() }
        guard case .noCredentials(let failures) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        let providers = [
            "environment", #"profile "default" in the credentials file"#, #"credential_process of profile "default""#,
            #"profile "default" in the config file"#, "ECS container", "EC2 instance metadata",
        ]
        #expect(failures.map(\.provider) == providers)
        #expect(failures.map(\.reason) == [
            "environment variables not set: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY",
            #"profile "default" not found in \#(setup.home.path)/.aws/credentials"#,
            #"profile "default" not found in \#(setup.home.path)/.aws/credentials or \#(setup.home.path)/.aws/config"#,
            #"profile "default" not found in \#(setup.home.path)/.aws/config"#,
            "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set",
            "PUT http://169.254.169.254/latest/api/token returned HTTP 404",
        ])
    }
}
