import Testing

import AWSRuntime

@Suite struct CredentialsEnvironmentProviderTests {
    @Test func readsKeysAndToken() async throws {
        let provider = EnvironmentCredentialProvider(environment: [
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "SECRET", "AWS_SESSION_TOKEN": "TOKEN",
        ])
        #expect(try await provider.credentials() == AWSCredentials(accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN"))
    }

    @Test func readsTheAccountID() async throws {
        let provider = EnvironmentCredentialProvider(environment: [
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "SECRET", "AWS_ACCOUNT_ID": "111122223333",
        ])
        #expect(try await provider.credentials().accountId == "111122223333")
        let empty = EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "SECRET", "AWS_ACCOUNT_ID": ""])
        #expect(try await empty.credentials().accountId == nil)
    }

    @Test func emptyTokenMeansNone() async throws {
        let provider = EnvironmentCredentialProvider(environment: [
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "SECRET", "AWS_SESSION_TOKEN": "",
        ])
        #expect(try await provider.credentials().sessionToken == nil)
    }

    @Test func namesMissingVariables() async {
        let provider = EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": ""])
        await #expect(throws: AWSCredentialsError.environmentVariablesMissing(["AWS_SECRET_ACCESS_KEY"])) {
            try await provider.credentials()
        }
        await #expect(throws: AWSCredentialsError.environmentVariablesMissing(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"])) {
            try await EnvironmentCredentialProvider(environment: [:]).credentials()
        }
    }

    @Test func staticProviderReturnsItsCredentials() async throws {
        let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "SECRET")
        #expect(try await StaticCredentialProvider(credentials).credentials() == credentials)
    }
}
