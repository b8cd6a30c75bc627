#if AsyncHTTPClient
import AWSRuntime
import DocDBElastic
import Foundation
import LoopbackTesting
import Testing

/// One generated client (DocDB Elastic ListClusters, rest-json) on AsyncHTTPClient, called from 64 concurrent tasks:
/// no call fails, the transport reuses its pooled connections, and the process does not grow once warmed up.
///
/// `LOAD_TEST_CALLS` sets the number of measured calls; `Benchmarks/load.sh` makes 100,000 in a release build.
@Suite struct LoadTests {
    static let concurrency = 64
    static let warmUpCalls = 2_000
    /// 10,000 by default: a debug build makes about 1,000 calls a second on a free 2-core machine.
    static let calls = ProcessInfo.processInfo.environment["LOAD_TEST_CALLS"].flatMap(Int.init) ?? 10_000
    /// How much the resident set may grow between the end of the warm-up and the end of the run: pages the
    /// allocator and the connection pool keep for themselves (20,000 calls grew it by 1.9 MiB), and what a leak of
    /// 400 bytes a call would pass.
    static let residentGrowthTolerance = 4 << 20

    @Test func manyConcurrentCallsThroughOneClientAllSucceedOnPooledConnectionsWithoutGrowing() async throws {
        let client = ProtocolClient.restJSON
        let ok = LoopbackHTTPServer.Behavior.respond(status: 200, headers: client.headers, body: client.validBody)
        try await Loopback.with(everyRequest: ok) { loopback in
            let docdb = try DocDBElasticClient(configuration: loopback.configuration())
            let call: @Sendable () async throws -> Void = {
                let output = try await docdb.listClusters(.init())
                guard output.clusters?.first?.clusterName == client.expectedValue else {
                    throw LoadFailure(message: "unexpected output \(output)")
                }
            }

            let warmUp = await LoadDriver.run(calls: Self.warmUpCalls, concurrency: Self.concurrency, call)
            let residentAfterWarmUp = try ResidentMemory.bytes()
            let run = await LoadDriver.run(calls: Self.calls, concurrency: Self.concurrency, call)
            let residentAtEnd = try ResidentMemory.bytes()

            #expect(warmUp.failures == 0, "first failure: \(warmUp.firstFailure ?? "")")
            #expect(run.failures == 0, "first failure: \(run.firstFailure ?? "")")
            #expect(loopback.server.requestCount == Self.warmUpCalls + Self.calls)
            #expect(loopback.server.connectionCount <= Loopback.poolSize)
            let growth = residentAtEnd - residentAfterWarmUp
            #expect(growth < Self.residentGrowthTolerance, "the resident set grew \(growth) bytes, from \(residentAfterWarmUp)")
            print(String(
                format: "LoadTests: %d calls from %d tasks in %.2f s (%.0f calls/s), %d connections, RSS %.1f MiB to %.1f MiB",
                Self.calls, Self.concurrency, run.elapsed.inSeconds, run.callsPerSecond, loopback.server.connectionCount,
                Double(residentAfterWarmUp) / 1_048_576, Double(residentAtEnd) / 1_048_576))
        }
    }
}

/// A call that returned something other than the server's answer.
private struct LoadFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
#endif
