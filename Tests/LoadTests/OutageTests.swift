#if AsyncHTTPClient
import AWSRuntime
import DocDBElastic
import Foundation
import LoopbackTesting
import Testing

/// A service that answers 503 for a while, then recovers, called by one client from concurrent tasks.
///
/// The outage lasts 10 s against the standard mode (1 s base delay, 20 s cap, a quota of 500). Here time is
/// scaled down tenfold: a 1 s outage, a 100 ms base delay, a 2 s cap, and a quota of 50, so that the quota drains
/// during the shorter outage as the full one would drain during the longer one at the same rate of calls.
@Suite struct OutageTests {
    static let outage = Duration.seconds(1)
    static let callsAfterRecovery = Duration.milliseconds(500)
    static let quota = 50

    @Test func callsFailWithTheStatusDuringTheOutageRetryWithinTheQuotaAndSucceedAfter() async throws {
        let client = ProtocolClient.restJSON
        let recovery = ContinuousClock.now + Self.outage
        let unavailableAnswers = Tally()
        let ok = LoopbackHTTPServer.Behavior.respond(status: 200, headers: client.headers, body: client.validBody)
        try await Loopback.with(everyRequest: .decide { _ in
            guard ContinuousClock.now < recovery else { return ok }
            unavailableAnswers.add()
            return .respond(status: 503)
        }) { loopback in
            let retry = AWSRetryConfiguration(
                maxAttempts: 3, baseDelay: .milliseconds(100), maxBackoff: .seconds(2), quotaCapacity: Self.quota)
            let docdb = try DocDBElasticClient(configuration: loopback.configuration(retry: retry))
            let callsBeforeRecovery = Tally()
            let unexpected = Tally()
            let failedAfterRecovery = Tally()
            let succeeded = Tally()
            let start = ContinuousClock.now

            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        while ContinuousClock.now < recovery + Self.callsAfterRecovery {
                            let startedBeforeRecovery = ContinuousClock.now < recovery
                            if startedBeforeRecovery { callsBeforeRecovery.add() }
                            do {
                                _ = try await docdb.listClusters(.init())
                                succeeded.add()
                            } catch let error as any AWSServiceError where error.context.status == 503 {
                                if !startedBeforeRecovery { failedAfterRecovery.add() }
                            } catch {
                                unexpected.add()
                            }
                        }
                    }
                }
            }

            #expect(unexpected.count == 0)
            #expect(failedAfterRecovery.count == 0)
            #expect(succeeded.count > 0)
            // Every retry during the outage took 5 tokens and no success returned any: at most quota / 5 retries.
            let retries = unavailableAnswers.count - callsBeforeRecovery.count
            #expect(retries <= Self.quota / 5, "\(unavailableAnswers.count) answers of 503 to \(callsBeforeRecovery.count) calls")
            // The quota ran out: more calls than retries could cover were made during the outage.
            #expect(callsBeforeRecovery.count > Self.quota / 10)
            let elapsed = ContinuousClock.now - start
            #expect(elapsed < Self.outage + Self.callsAfterRecovery + .seconds(5), "after \(elapsed)")
        }
    }
}

/// A count that concurrent tasks add to.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add() { lock.withLock { value += 1 } }

    var count: Int { lock.withLock { value } }
}
#endif
