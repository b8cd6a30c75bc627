import AWSRuntime
import DocDBElastic

// Compiles a call to createClusterSnapshot through the checked-in DocDBElastic product.
func snapshot(_ client: some DocDBElasticAPI) async throws -> String {
    try await client.createClusterSnapshot(CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: "snap-1")).snapshot.snapshotArn
}

let credentials = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret"))
let client = try DocDBElasticClient(configuration: AWSClientConfiguration(
    region: "us-east-1", credentials: credentials, transport: AWSStubTransport(status: 400),
    retry: AWSRetryConfiguration(maxAttempts: 1)))
do {
    _ = try await snapshot(client)
} catch {
    print("ByPathConsumer got the expected error:", error)
}
