import AWSRuntime
import FeaturesFixture
import Testing
import TestSupport

/// The two-token paginator of the features fixture against random (seeded) pages: the requests it sends are
/// those a plain model of botocore's rules predicts.
@Suite struct FeaturesPaginatorRandomTests {
    /// One scripted page: the two next tokens and the more-results flag, each possibly absent.
    struct Page {
        var key: String?
        var version: String?
        var isTruncated: Bool?

        var body: String {
            let members = [
                key.map { #""NextKeyMarker": "\#($0)""# },
                version.map { #""NextVersionMarker": "\#($0)""# },
                isTruncated.map { #""IsTruncated": \#($0)"# },
            ]
            return "{" + members.compactMap { $0 }.joined(separator: ", ") + "}"
        }

        static func random(_ generator: inout SeededGenerator) -> Page {
            Page(
                key: [nil, "", "k1", "k2"].randomElement(using: &generator)!,
                version: [nil, "", "v1"].randomElement(using: &generator)!,
                isTruncated: [nil, false, true, true, true].randomElement(using: &generator)!)
        }
    }

    /// The query of each request that botocore's rules give for `pages`.
    static func expectedQueries(_ pages: [Page]) -> [[String: String]] {
        var sent: (key: String?, version: String?) = (nil, nil)
        var queries: [[String: String]] = [[:]]
        for page in pages {
            guard page.isTruncated == true else { break }
            let next = (key: page.key == "" ? nil : page.key, version: page.version == "" ? nil : page.version)
            if next.key == nil && next.version == nil { break }
            if next.key == sent.key && next.version == sent.version { break }
            sent = next
            var query: [String: String] = [:]
            query["key-marker"] = sent.key
            query["version-marker"] = sent.version
            queries.append(query)
        }
        return queries
    }

    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func requestsFollowTheRules(seed: UInt64) async throws {
        var generator = SeededGenerator(seed: seed)
        let pages = (0..<Int.random(in: 1...8, using: &generator)).map { _ in Page.random(&generator) }
            + [Page(isTruncated: false)]
        let transport = ResponseScript(pages.map { .respond(status: 200, body: $0.body) }).transport
        var count = 0
        for try await _ in try FeaturesClient(configuration: .test(transport)).listVersionsPages(ListVersionsRequest()) {
            count += 1
        }
        let queries = transport.requests.map { request in
            Dictionary(uniqueKeysWithValues: request.query.map { ($0.name, $0.value ?? "") })
        }
        let expected = Self.expectedQueries(pages)
        #expect(queries == expected, "pages: \(pages.map(\.body))")
        #expect(count == expected.count)
    }
}
