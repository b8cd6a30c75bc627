#if AsyncHTTPClient
import AWSRuntime
import DocDBElastic
import LoopbackTesting
import Testing

/// The standard mode's retry quota, seen from the server: how many attempts each call makes as the quota drains
/// and refills. botocore's `RetryQuotaChecker`: 500 tokens, 5 per retry, 10 per retry after a timeout, and a
/// success returns what its last retry took, or 1 token when it made none.
@Suite struct RetryQuotaTests {
    let client = ProtocolClient.restJSON
    let unavailable = LoopbackHTTPServer.Behavior.respond(status: 503)

    var ok: LoopbackHTTPServer.Behavior { .respond(status: 200, headers: client.headers, body: client.validBody) }

    @Test func theDefaultQuotaOf500AllowsFiftyCallsOfTwoRetries() async throws {
        try await Loopback.with(everyRequest: unavailable) { loopback in
            let docdb = try QuotaClient(loopback.configuration())
            for call in 1...50 {
                #expect(await docdb.attempts(loopback) == 3, "call \(call)")
            }
            #expect(await docdb.attempts(loopback) == 1)
        }
    }

    @Test func aSuccessReturnsItsLastRetrysCostOrOneToken() async throws {
        try await Loopback.with { loopback in
            let docdb = try QuotaClient(loopback.configuration(retry: Self.quota(20)))
            // 20 - 5 - 5 + 5 (the last retry's cost) = 15; returning both retries' cost would leave 20.
            #expect(await docdb.attempts(loopback, unavailable, unavailable, ok) == 3)
            // 15 - 5 - 5 = 5.
            #expect(await docdb.attempts(loopback, unavailable, unavailable, unavailable) == 3)
            // 5 - 5 = 0: the second failure is not retried (with 20 tokens left above, it would be).
            #expect(await docdb.attempts(loopback, unavailable, unavailable) == 2)
            #expect(await docdb.attempts(loopback, unavailable) == 1)
            // Four successes without a retry return a token each: still too few for a retry.
            for _ in 1...4 { #expect(await docdb.attempts(loopback, ok) == 1) }
            #expect(await docdb.attempts(loopback, unavailable) == 1)
            // The fifth makes 5.
            #expect(await docdb.attempts(loopback, ok) == 1)
            #expect(await docdb.attempts(loopback, unavailable, unavailable) == 2)
        }
    }

    @Test func aRetryAfterATimeoutCostsTenTokens() async throws {
        try await Loopback.with { loopback in
            let docdb = try QuotaClient(loopback.configuration(retry: Self.quota(20), attemptTimeout: .milliseconds(200)))
            // 20 - 10 - 10 = 0 after two timeouts; at 5 a token, 10 would be left for the next call's retries.
            #expect(await docdb.attempts(loopback, .neverAnswer, .neverAnswer, .neverAnswer) == 3)
            #expect(await docdb.attempts(loopback, unavailable) == 1)
        }
    }

    /// The standard mode's 3 attempts with a quota of `capacity` and no waiting.
    static func quota(_ capacity: Int) -> AWSRetryConfiguration {
        AWSRetryConfiguration(maxAttempts: 3, baseDelay: .milliseconds(1), maxBackoff: .milliseconds(1), quotaCapacity: capacity)
    }
}

/// One DocDB Elastic client, whose calls share its retry quota, counting the attempts of each call at the server.
private struct QuotaClient {
    let client: DocDBElasticClient

    init(_ configuration: AWSClientConfiguration) throws {
        client = try DocDBElasticClient(configuration: configuration)
    }

    /// Queues `behaviors`, calls ListClusters once, and returns the attempts the call made.
    func attempts(_ loopback: Loopback, _ behaviors: LoopbackHTTPServer.Behavior...) async -> Int {
        let before = loopback.server.requestCount
        for behavior in behaviors { loopback.server.enqueue(behavior) }
        _ = try? await client.listClusters(.init())
        return loopback.server.requestCount - before
    }
}
#endif
