import AWSRuntime
import DocDBElastic
import Testing

/// Users can stub `DocDBElasticAPI` in their own tests.
@Suite struct StubbingTests {
    struct StubClient: DocDBElasticAPI {
        func createClusterSnapshot(_ input: CreateClusterSnapshotInput) async throws -> CreateClusterSnapshotOutput {
            CreateClusterSnapshotOutput(snapshot: ClusterSnapshot(
                adminUserName: "a", clusterArn: input.clusterArn, clusterCreationTime: "t", kmsKeyId: "k",
                snapshotArn: "arn:s", snapshotCreationTime: "t", snapshotName: input.snapshotName, status: .active,
                subnetIds: [], vpcSecurityGroupIds: []))
        }

        func applyPendingMaintenanceAction(_ input: ApplyPendingMaintenanceActionInput) async throws -> ApplyPendingMaintenanceActionOutput { throw Unstubbed() }
        func copyClusterSnapshot(_ input: CopyClusterSnapshotInput) async throws -> CopyClusterSnapshotOutput { throw Unstubbed() }
        func createCluster(_ input: CreateClusterInput) async throws -> CreateClusterOutput { throw Unstubbed() }
        func deleteCluster(_ input: DeleteClusterInput) async throws -> DeleteClusterOutput { throw Unstubbed() }
        func deleteClusterSnapshot(_ input: DeleteClusterSnapshotInput) async throws -> DeleteClusterSnapshotOutput { throw Unstubbed() }
        func getCluster(_ input: GetClusterInput) async throws -> GetClusterOutput { throw Unstubbed() }
        func getClusterSnapshot(_ input: GetClusterSnapshotInput) async throws -> GetClusterSnapshotOutput { throw Unstubbed() }
        func getPendingMaintenanceAction(_ input: GetPendingMaintenanceActionInput) async throws -> GetPendingMaintenanceActionOutput { throw Unstubbed() }
        func listClusterSnapshots(_ input: ListClusterSnapshotsInput) async throws -> ListClusterSnapshotsOutput { throw Unstubbed() }
        func listClusters(_ input: ListClustersInput) async throws -> ListClustersOutput { throw Unstubbed() }
        func listPendingMaintenanceActions(_ input: ListPendingMaintenanceActionsInput) async throws -> ListPendingMaintenanceActionsOutput { throw Unstubbed() }
        func listTagsForResource(_ input: ListTagsForResourceRequest) async throws -> ListTagsForResourceResponse { throw Unstubbed() }
        func restoreClusterFromSnapshot(_ input: RestoreClusterFromSnapshotInput) async throws -> RestoreClusterFromSnapshotOutput { throw Unstubbed() }
        func startCluster(_ input: StartClusterInput) async throws -> StartClusterOutput { throw Unstubbed() }
        func stopCluster(_ input: StopClusterInput) async throws -> StopClusterOutput { throw Unstubbed() }
        func tagResource(_ input: TagResourceRequest) async throws -> TagResourceResponse { throw Unstubbed() }
        func untagResource(_ input: UntagResourceRequest) async throws -> UntagResourceResponse { throw Unstubbed() }
        func updateCluster(_ input: UpdateClusterInput) async throws -> UpdateClusterOutput { throw Unstubbed() }
    }

    struct Unstubbed: Error {}

    /// Code under test that takes the protocol, not the concrete client.
    static func snapshot(named name: String, using api: some DocDBElasticAPI) async throws -> String {
        try await api.createClusterSnapshot(CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: name)).snapshot.snapshotArn
    }

    @Test func aStubStandsInForTheClient() async throws {
        #expect(try await Self.snapshot(named: "n", using: StubClient()) == "arn:s")
    }
}
