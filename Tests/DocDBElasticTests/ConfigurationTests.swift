import AWSRuntime
import Foundation
import AWSRuntimeTesting
import DocDBElastic
import Testing
import TestSupport

/// Region and endpoint resolution for the DocDBElastic client.
@Suite struct ConfigurationTests {
    static func endpoint(_ change: (inout AWSClientConfiguration) -> Void) throws -> String {
        var configuration = AWSClientConfiguration.test(AWSStubTransport())
        change(&configuration)
        let client = try DocDBElasticClient(configuration: configuration)
        let endpoint = try #require(client.client.endpoint)
        return "\(endpoint.scheme)://\(endpoint.host)\(endpoint.port.map { ":\($0)" } ?? "")\(endpoint.basePath)"
    }

    @Test func endpointsComeFromTheModelsRules() throws {
        #expect(try Self.endpoint { _ in } == "https://docdb-elastic.us-east-1.amazonaws.com")
        #expect(try Self.endpoint { $0.useFIPS = true } == "https://docdb-elastic-fips.us-east-1.amazonaws.com")
        #expect(try Self.endpoint { $0.region = "cn-north-1" } == "https://docdb-elastic.cn-north-1.amazonaws.com.cn")
    }

    @Test func explicitEndpointsWin() throws {
        #expect(try Self.endpoint { $0.endpoint = "http://127.0.0.1:8080" } == "http://127.0.0.1:8080")
        #expect(try Self.endpoint { $0.environment = ["AWS_ENDPOINT_URL": "http://localhost:4566"] } == "http://localhost:4566")
        #expect(try Self.endpoint {
            $0.environment = ["AWS_ENDPOINT_URL": "http://localhost:4566", "AWS_ENDPOINT_URL_DOCDB_ELASTIC": "http://localhost:9000"]
        } == "http://localhost:9000")
        #expect(try Self.endpoint {
            $0.endpoint = "http://explicit:1"
            $0.environment = ["AWS_ENDPOINT_URL": "http://localhost:4566"]
        } == "http://explicit:1")
    }

    @Test func regionsComeFromTheEnvironment() throws {
        var configuration = AWSClientConfiguration.test(AWSStubTransport())
        configuration.region = nil
        configuration.environment = ["AWS_REGION": "eu-central-1"]
        #expect(try DocDBElasticClient(configuration: configuration).client.region == "eu-central-1")
    }

    @Test func theRegionAndEndpointSettingsComeFromTheSameProfile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("client-config-\(UUID().uuidString)")
        try Data("[default]\nregion = us-west-1\n[profile work]\nregion = eu-north-1\nuse_fips_endpoint = true\n".utf8)
            .write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var configuration = AWSClientConfiguration.test(AWSStubTransport())
        configuration.region = nil
        configuration.environment = ["AWS_CONFIG_FILE": file.path, "AWS_PROFILE": "work", "HOME": "/nonexistent"]
        let client = try DocDBElasticClient(configuration: configuration).client
        #expect(client.region == "eu-north-1")
        #expect(client.endpoint?.host == "docdb-elastic-fips.eu-north-1.amazonaws.com")
        configuration.profile = "default"
        #expect(try DocDBElasticClient(configuration: configuration).client.region == "us-west-1")
    }

    @Test func aMissingRegionIsAClearError() {
        var configuration = AWSClientConfiguration.test(AWSStubTransport())
        configuration.region = nil
        configuration.environment = ["HOME": "/nonexistent"]
        #expect(throws: (any Error).self) { try DocDBElasticClient(configuration: configuration) }
    }

    @Test func requestsAreSigned() async throws {
        let transport = AWSStubTransport(body: ClientBehaviourTests.snapshotJSON)
        let client = try DocDBElasticClient(configuration: .test(transport))
        _ = try await client.createClusterSnapshot(CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: "s"))
        let authorization = try #require(transport.requests.first?.headers["Authorization"])
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"))
        #expect(authorization.contains("/us-east-1/docdb-elastic/aws4_request"))
        #expect(transport.requests.first?.headers["X-Amz-Date"] != nil)
    }
}
