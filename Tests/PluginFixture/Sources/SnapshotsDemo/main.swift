import AWSRuntimeTesting
import DocDBElasticSnapshots

// Calls the plugin-generated client against a stub transport and prints what it sent and got.
let transport = AWSStubTransport(body: """
    {"snapshot": {"adminUserName": "admin", "clusterArn": "arn:c", "clusterCreationTime": "t", "kmsKeyId": "k",
    "snapshotArn": "arn:s", "snapshotCreationTime": "t", "snapshotName": "snap-1", "status": "ACTIVE",
    "subnetIds": [], "vpcSecurityGroupIds": []}}
    """)
let credentials = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret"))
let client = try DocDBElasticSnapshotsClient(
    configuration: AWSClientConfiguration(region: "us-east-1", credentials: credentials, transport: transport))
let output = try await client.createClusterSnapshot(CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: "snap-1"))
print(transport.requests[0].method, transport.requests[0].url)
print("snapshot", output.snapshot.snapshotName, output.snapshot.status)
