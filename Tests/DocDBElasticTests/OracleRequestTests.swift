import AWSRuntime
import AWSRuntimeTesting
import DocDBElastic
import Foundation
import Testing
import TestSupport

/// The requests the generated client builds equal what botocore sends for the same parameters.
@Suite struct OracleRequestTests {
    struct Expected {
        var method: String
        var url: String
        var headers: [String: String]
        var body: JSONValue?
    }

    static func oracle(_ operation: String) throws -> Expected {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources/oracle/\(operation).json")
        let json = try JSONValue.parse(Array(try Data(contentsOf: url)))
        var headers: [String: String] = [:]
        for (name, value) in json["headers"]?.objectValue ?? [:] where name != "Content-Length" {
            headers[name] = value.stringValue
        }
        let body = json["body"]?.stringValue ?? ""
        return Expected(
            method: json["method"]?.stringValue ?? "",
            url: json["url"]?.stringValue ?? "",
            headers: headers,
            body: body.isEmpty ? nil : try JSONValue.parse(body))
    }

    static func check<Input: AWSEncodableShape>(_ operation: String, _ call: (DocDBElasticClient) async throws -> Input) async throws {
        let transport = AWSStubTransport(body: "{}")
        let client = try DocDBElasticClient(configuration: .test(transport))
        _ = try? await call(client)
        let request = try #require(transport.requests.first)
        let expected = try oracle(operation)
        #expect(request.method == expected.method)
        #expect(request.url == expected.url)
        for (name, value) in expected.headers {
            #expect(request.headers[name] == value, "header \(name)")
        }
        if let body = expected.body {
            #expect(try JSONValue.parse(request.body) == body)
        } else {
            #expect(request.body.isEmpty)
        }
    }

    @Test func createClusterSnapshot() async throws {
        try await Self.check("CreateClusterSnapshot") { client in
            _ = try await client.createClusterSnapshot(CreateClusterSnapshotInput(
                clusterArn: "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc",
                snapshotName: "snap-1",
                tags: ["env": "prod", "team": "db"]))
            return AWSEmptyShape()
        }
    }

    @Test func getClusterSnapshotEncodesTheARNLabel() async throws {
        try await Self.check("GetClusterSnapshot") { client in
            _ = try await client.getClusterSnapshot(GetClusterSnapshotInput(
                snapshotArn: "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/snap/1"))
            return AWSEmptyShape()
        }
    }

    @Test func listClustersSendsQueryParameters() async throws {
        try await Self.check("ListClusters") { client in
            _ = try await client.listClusters(ListClustersInput(maxResults: 20, nextToken: "a b/c"))
            return AWSEmptyShape()
        }
    }

    @Test func untagResourceRepeatsListQueryParameters() async throws {
        try await Self.check("UntagResource") { client in
            _ = try await client.untagResource(UntagResourceRequest(
                resourceArn: "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc", tagKeys: ["env", "team:a/b"]))
            return AWSEmptyShape()
        }
    }

    @Test func updateClusterFillsTheIdempotencyToken() async throws {
        try await Self.check("UpdateCluster") { client in
            _ = try await client.updateCluster(UpdateClusterInput(
                clusterArn: "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc", shardCapacity: 2))
            return AWSEmptyShape()
        }
    }
}
