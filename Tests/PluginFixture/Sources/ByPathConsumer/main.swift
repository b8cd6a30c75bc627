import DocDBElastic
import SSO

// A consumer that depends on swift-aws-codegen by path and configures nothing in code: credentials, region
// and endpoint come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION and AWS_ENDPOINT_URL.
let client = try DocDBElasticClient()
let created = try await client.createClusterSnapshot(CreateClusterSnapshotInput(
    clusterArn: "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc", snapshotName: "snap-1"))
print("created", created.snapshot.snapshotName, created.snapshot.status)
let fetched = try await client.getClusterSnapshot(GetClusterSnapshotInput(snapshotArn: created.snapshot.snapshotArn))
print("fetched", fetched.snapshot.snapshotArn, fetched.snapshot.status)

// A second service, added by putting its model in models/ and running `make generate`: its product is there
// without a hand edit of the repository's Package.swift. The access token is sensitive, so it prints redacted.
let request = SSO.GetRoleCredentialsRequest(accessToken: "secret-token", accountId: "123456789012", roleName: "Admin")
print("sso", request)
