import Testing

import AWSRuntime

@Suite struct CredentialsProviderChainTests {
    let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "chain-secret")

    @Test func returnsTheFirstProviderThatYields() async throws {
        let chain = CredentialProviderChain([
            EnvironmentCredentialProvider(environment: [:]),
            StaticCredentialProvider(credentials),
            StaticCredentialProvider(AWSCredentials(accessKeyId: "LATER", secretAccessKey: "x")),
        ])
        #expect(try await chain.credentials() == credentials)
        #expect(chain.name == "chain(environment, static, static)")
    }

    @Test func errorNamesEveryProviderAndReason() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let chain = CredentialProviderChain.standard(profile: "missing", environment: ["HOME": home.path])
        do {
            _ = try await chain.credentials()
            Issue.record("expected an error")
        } catch let error as AWSCredentialsError {
            guard case .noCredentials(let failures) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(failures.map(\.provider) == [
                "environment", "profile \"missing\" in the credentials file", "credential_process of profile \"missing\"",
                "profile \"missing\" in the config file",
            ])
            let description = error.description
            #expect(description.contains("environment: environment variables not set: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY"))
            #expect(description.contains(
                "profile \"missing\" in the credentials file: profile \"missing\" not found in \(home.path)/.aws/credentials"))
            #expect(description.contains(
                "profile \"missing\" in the config file: profile \"missing\" not found in \(home.path)/.aws/config"))
        }
    }

    @Test func descriptionsCarryNoSecrets() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        try home.write(".aws/credentials", "[default]\naws_secret_access_key = very-secret\n")
        let chain = CredentialProviderChain.standard(
            environment: ["HOME": home.path, "AWS_SECRET_ACCESS_KEY": "env-secret"])
        let error = await #expect(throws: AWSCredentialsError.self) { try await chain.credentials() }
        let description = String(describing: error)
        #expect(description.contains("aws_access_key_id"))
        #expect(!description.contains("very-secret"))
        #expect(!description.contains("env-secret"))
    }
}
