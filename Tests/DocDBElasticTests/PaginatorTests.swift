import AWSRuntime
import DocDBElastic
import Testing
import TestSupport

/// Paginators from paginators-1.json.
@Suite struct PaginatorTests {
    static func cluster(_ name: String) -> String {
        #"{"clusterArn": "arn:\#(name)", "clusterName": "\#(name)", "status": "ACTIVE"}"#
    }

    @Test func pagesAndItemsFollowTheToken() async throws {
        let script = ResponseScript([
            .respond(status: 200, body: #"{"clusters": [\#(Self.cluster("a")), \#(Self.cluster("b"))], "nextToken": "t1"}"#),
            .respond(status: 200, body: #"{"clusters": [\#(Self.cluster("c"))], "nextToken": "t2"}"#),
            .respond(status: 200, body: #"{"clusters": []}"#),
        ])
        let transport = script.transport
        let client = try DocDBElasticClient(configuration: .test(transport))
        var names: [String] = []
        for try await cluster in client.listClustersItems(ListClustersInput(maxResults: 2)) {
            names.append(cluster.clusterName)
        }
        #expect(names == ["a", "b", "c"])
        #expect(transport.requests.map(\.target) == ["/clusters?maxResults=2", "/clusters?maxResults=2&nextToken=t1", "/clusters?maxResults=2&nextToken=t2"])
    }

    @Test func aRepeatedTokenEndsThePages() async throws {
        let transport = ResponseScript([.respond(status: 200, body: #"{"clusters": [], "nextToken": "same"}"#)]).transport
        let client = try DocDBElasticClient(configuration: .test(transport))
        var pages = 0
        for try await _ in client.listClustersPages(ListClustersInput()) { pages += 1 }
        #expect(pages == 2)
    }
}
