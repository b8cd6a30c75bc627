import AWSRuntime
import AWSRuntimeTesting
import FeaturesFixture
import Testing
import TestSupport

/// The paginators generated from the features fixture's `paginators-1.json`, one per kind of token, run
/// against scripted HTTP responses.
@Suite struct FeaturesPaginatorTests {
    static func client(_ script: ResponseScript) throws -> (FeaturesClient, AWSStubTransport) {
        let transport = script.transport
        return (try FeaturesClient(configuration: .test(transport)), transport)
    }

    static func pages(_ bodies: String...) -> ResponseScript {
        ResponseScript(bodies.map { .respond(status: 200, body: $0) })
    }

    /// The JSON body of each request.
    static func bodies(_ transport: AWSStubTransport) throws -> [JSONValue] {
        try transport.requests.map { try JSONValue.parse($0.body) }
    }

    // MARK: A map token, as DynamoDB's ExclusiveStartKey

    @Test func aMapTokenIsSentBackUntilItIsEmpty() async throws {
        let (client, transport) = try Self.client(Self.pages(
            #"{"Items": [{"id": {"text": "a"}}], "Count": 1, "LastEvaluatedKey": {"id": {"text": "a"}}}"#,
            #"{"Items": [{"id": {"text": "b"}}, {"id": {"number": 2}}], "Count": 2, "LastEvaluatedKey": {}}"#))
        var ids: [Choice?] = []
        for try await item in client.scanItemsItems(ScanItemsRequest(), pageSize: 2) { ids.append(item["id"]) }
        #expect(ids.count == 3)
        guard case .text("b")? = ids[1], case .number(2)? = ids[2] else { Issue.record("\(ids)"); return }
        #expect(try Self.bodies(transport) == [
            try JSONValue.parse(#"{"Limit": 2}"#),
            try JSONValue.parse(#"{"Limit": 2, "ExclusiveStartKey": {"id": {"text": "a"}}}"#),
        ])
    }

    @Test func aMapTokenRepeatedInAnotherKeyOrderEndsThePages() async throws {
        let (client, transport) = try Self.client(Self.pages(
            #"{"LastEvaluatedKey": {"a": {"text": "1"}, "b": {"number": 2}}}"#,
            #"{"LastEvaluatedKey": {"b": {"number": 2}, "a": {"text": "1"}}}"#,
            #"{"LastEvaluatedKey": {"c": {"text": "never asked"}}}"#))
        var pages = 0
        for try await _ in client.scanItemsPages(ScanItemsRequest()) { pages += 1 }
        #expect(pages == 2)
        #expect(transport.requests.count == 2)
    }

    @Test func theFirstPageEndsWhenItRepeatsTheTokenOfTheInput() async throws {
        let (client, transport) = try Self.client(Self.pages(#"{"LastEvaluatedKey": {"id": {"text": "start"}}}"#))
        let input = ScanItemsRequest(exclusiveStartKey: ["id": .text("start")])
        var pages = 0
        for try await _ in client.scanItemsPages(input) { pages += 1 }
        #expect(pages == 1)
        #expect(transport.requests.count == 1)
    }

    @Test func aTokenThatCannotBeSentFailsTheNextRequest() async throws {
        let (client, transport) = try Self.client(Self.pages(#"{"LastEvaluatedKey": {"id": {"newKind": 1}}}"#))
        var iterator = client.scanItemsPages(ScanItemsRequest()).makeAsyncIterator()
        let first = try await iterator.next()
        guard case .sdkUnknown("newKind")? = first?.lastEvaluatedKey?["id"] else { Issue.record("\(String(describing: first))"); return }
        await #expect(throws: (any Error).self) { _ = try await iterator.next() }
        #expect(transport.requests.count == 1)
    }

    // MARK: Several tokens of several types, as S3's ListObjectVersions and Route 53's ListResourceRecordSets

    @Test func everyTokenIsSetAndAnAbsentOneIsCleared() async throws {
        let (client, transport) = try Self.client(Self.pages(
            #"{"IsTruncated": true, "NextKeyMarker": "k1", "NextVersionMarker": "v1", "Versions": ["a"]}"#,
            #"{"IsTruncated": true, "NextKeyMarker": "k2", "Versions": ["b"], "DeleteMarkers": ["c"]}"#,
            #"{"IsTruncated": false, "NextKeyMarker": "k3", "NextVersionMarker": "v9", "Versions": ["d"]}"#))
        var versions: [String] = []
        for try await page in client.listVersionsPages(ListVersionsRequest(), pageSize: 10) { versions += page.versions ?? [] }
        #expect(versions == ["a", "b", "d"])
        #expect(transport.requests.map(\.target) == [
            "/versions?max-keys=10",
            "/versions?key-marker=k1&max-keys=10&version-marker=v1",
            "/versions?key-marker=k2&max-keys=10",
        ])
    }

    @Test func thePagesGoOnUntilTheWholeTupleRepeats() async throws {
        let (client, transport) = try Self.client(Self.pages(
            #"{"IsTruncated": true, "NextKeyMarker": "k1", "NextVersionMarker": "v1"}"#,
            #"{"IsTruncated": true, "NextKeyMarker": "k1", "NextVersionMarker": "v2"}"#,
            #"{"IsTruncated": true, "NextKeyMarker": "k1", "NextVersionMarker": "v2"}"#,
            #"{"IsTruncated": true, "NextKeyMarker": "never asked"}"#))
        var pages = 0
        for try await _ in client.listVersionsPages(ListVersionsRequest()) { pages += 1 }
        #expect(pages == 3)
        #expect(transport.requests.map(\.target).last == "/versions?key-marker=k1&version-marker=v2")
    }

    @Test func thePagesEndWhenEveryTokenIsAbsentOrEmpty() async throws {
        let (client, transport) = try Self.client(Self.pages(
            #"{"IsTruncated": true, "NextKeyMarker": "", "Versions": ["a"]}"#, #"{"Versions": ["never asked"]}"#))
        var pages = 0
        for try await _ in client.listVersionsPages(ListVersionsRequest()) { pages += 1 }
        #expect(pages == 1)
        #expect(transport.requests.count == 1)
    }

    // MARK: An integer token, as S3's ListParts

    @Test func anIntegerTokenIsSentUntilItIsZero() async throws {
        let (client, transport) = try Self.client(Self.pages(
            #"{"NextPartMarker": 3, "Parts": [{"state": "a"}]}"#,
            #"{"NextPartMarker": 7, "Parts": [{"state": "b"}]}"#,
            #"{"NextPartMarker": 0, "Parts": [{"state": "c"}]}"#))
        var states: [String?] = []
        for try await part in client.listPartsItems(ListPartsRequest()) { states.append(part.state) }
        #expect(states == ["a", "b", "c"])
        #expect(transport.requests.map(\.target) == ["/parts", "/parts?part-marker=3", "/parts?part-marker=7"])
    }

    @Test func anAbsentIntegerTokenEndsThePages() async throws {
        let (client, transport) = try Self.client(Self.pages(#"{"Parts": []}"#))
        var pages = 0
        for try await _ in client.listPartsPages(ListPartsRequest(partMarker: 5)) { pages += 1 }
        #expect(pages == 1)
        #expect(transport.requests.map(\.target) == ["/parts?part-marker=5"])
    }

    // MARK: A token, flag and results inside a member, as CloudFront's DistributionList

    @Test func aNestedTokenGoesOnWhileTheNestedFlagIsTrue() async throws {
        let (client, transport) = try Self.client(Self.pages(
            #"{"DistributionList": {"IsTruncated": true, "NextMarker": "m1", "Items": ["a", "b"]}}"#,
            #"{"DistributionList": {"IsTruncated": false, "NextMarker": "m2", "Items": ["c"]}}"#))
        var items: [String] = []
        for try await item in client.listDistributionsItems(ListDistributionsRequest(), pageSize: 2) { items.append(item) }
        #expect(items == ["a", "b", "c"])
        #expect(transport.requests.map(\.target) == ["/distributions?MaxItems=2", "/distributions?Marker=m1&MaxItems=2"])
    }

    @Test func anEmptyNestedTokenOrAnAbsentParentEndsThePages() async throws {
        for last in [#"{"DistributionList": {"IsTruncated": true, "NextMarker": ""}}"#, #"{}"#] {
            let (client, transport) = try Self.client(Self.pages(
                #"{"DistributionList": {"IsTruncated": true, "NextMarker": "m1"}}"#, last, #"{"never": "asked"}"#))
            var pages = 0
            for try await _ in client.listDistributionsPages(ListDistributionsRequest(maxItems: "7")) { pages += 1 }
            #expect(pages == 2)
            #expect(transport.requests.map(\.target) == ["/distributions?MaxItems=7", "/distributions?Marker=m1&MaxItems=7"])
        }
    }

    // MARK: An expression token, `NextMarker || Contents[-1].Key`, as S3's ListObjects

    @Test func theTokenIsTheNextMarkerOrElseTheLastKey() async throws {
        let (client, transport) = try Self.client(Self.pages(
            #"{"IsTruncated": true, "Contents": [{"Key": "a"}, {"Key": "b"}]}"#,
            #"{"IsTruncated": true, "NextMarker": "", "Contents": [{"Key": "c"}]}"#,
            #"{"IsTruncated": true, "NextMarker": "n", "Contents": [{"Key": "d"}]}"#,
            #"{"IsTruncated": true, "Contents": []}"#))
        var keys: [String] = []
        for try await object in client.listObjectsItems(ListObjectsRequest()) { keys.append(object.key) }
        #expect(keys == ["a", "b", "c", "d"])
        #expect(transport.requests.map(\.target) == ["/object-list", "/object-list?marker=b", "/object-list?marker=c", "/object-list?marker=n"])
    }

    @Test func anAbsentMoreResultsFlagEndsThePages() async throws {
        let (client, transport) = try Self.client(Self.pages(#"{"NextMarker": "n", "Contents": [{"Key": "a"}]}"#))
        var pages = 0
        for try await _ in client.listObjectsPages(ListObjectsRequest(maxKeys: 1)) { pages += 1 }
        #expect(pages == 1)
        #expect(transport.requests.map(\.target) == ["/object-list?max-keys=1"])
    }

    @Test func pageSizeReplacesTheInputsLimit() async throws {
        let (client, transport) = try Self.client(Self.pages(#"{"IsTruncated": false}"#))
        for try await _ in client.listObjectsPages(ListObjectsRequest(maxKeys: 1), pageSize: 50) {}
        #expect(transport.requests.map(\.target) == ["/object-list?max-keys=50"])
    }

    @Test func anErrorEndsTheSequence() async throws {
        let (client, transport) = try Self.client(ResponseScript([
            .respond(status: 200, body: #"{"IsTruncated": true, "NextMarker": "n"}"#),
            .respond(status: 400, body: #"{"__type": "BadRequest"}"#),
        ]))
        var iterator = client.listObjectsPages(ListObjectsRequest()).makeAsyncIterator()
        _ = try await iterator.next()
        await #expect(throws: AWSUnknownServiceError.self) { _ = try await iterator.next() }
        #expect(try await iterator.next() == nil)
        #expect(transport.requests.count == 2)
    }
}
