import AWSRuntime
import DocDBElastic
import Foundation
import Testing
import TestSupport

/// Credentials from a profile file, an emulated EC2 IMDSv2 and an emulated ECS endpoint, used for real
/// signed calls that the server verifies.
@Suite struct CredentialSourceTests {
    static func call(_ server: FakeAWSServer, environment: [String: String]) async throws -> FakeAWSServer.Received {
        try await server.script([FakeAWSServer.respond(200, body: EndToEndTests.snapshot)])
        let base = ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": server.url, "HOME": "/nonexistent"]
        let client = try EndToEndTests.client(server, environment: base.merging(environment) { $1 })
        _ = try await client.createClusterSnapshot(EndToEndTests.input)
        let received = try #require(try await server.received().last)
        #expect(received.signatureValid, "\(received.reason)")
        return received
    }

    @Test func aTemporaryProfileFile() async throws {
        let server = try await FakeAWSServer.start()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("credentials-\(UUID().uuidString)")
        try Data("""
            [default]
            aws_access_key_id = AKIDWRONG
            aws_secret_access_key = wrong

            [e2e]
            aws_access_key_id = AKIDEXAMPLE
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
            """.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let received = try await Self.call(server, environment: ["AWS_SHARED_CREDENTIALS_FILE": file.path, "AWS_PROFILE": "e2e"])
        #expect(received.headers["authorization"]?.contains("Credential=AKIDEXAMPLE/") == true)
    }

    @Test func instanceMetadataV2() async throws {
        let server = try await FakeAWSServer.start()
        let received = try await Self.call(server, environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url])
        #expect(received.headers["authorization"]?.contains("Credential=AKIDIMDS/") == true)
        #expect(received.headers["x-amz-security-token"] == "imds-token")
    }

    @Test func containerCredentials() async throws {
        let server = try await FakeAWSServer.start()
        let received = try await Self.call(server, environment: [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url + "/ecs/credentials",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ecs-token",
        ])
        #expect(received.headers["authorization"]?.contains("Credential=AKIDECS/") == true)
        #expect(received.headers["x-amz-security-token"] == "ecs-token-value")
    }
}
