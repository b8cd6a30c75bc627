import AWSRuntime
import DocDBElastic
import Foundation
import LoopbackTesting

// One DocDB Elastic client (ListClusters, rest-json) on AsyncHTTPClient against a loopback server in the same
// process, called CALLS times from CONCURRENCY tasks, next to the baseline of the same number of bare requests sent
// through the client's transport (no serializing, signing, retry bookkeeping or decoding), run in turn ROUNDS
// times after a warm-up. Prints the medians of calls per second and of CPU time per call, then RESULT lines.
//
//   LoadBenchmark [calls] [concurrency] [rounds]
let arguments = CommandLine.arguments.dropFirst().map { Int($0) }
let calls = arguments.first.flatMap { $0 } ?? 100_000
let concurrency = arguments.dropFirst().first.flatMap { $0 } ?? 64
let rounds = arguments.dropFirst(2).first.flatMap { $0 } ?? 3

let body = Array(#"{"clusters": [{"clusterArn": "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/c", "clusterName": "c", "status": "ACTIVE"}]}"#.utf8)
let server = try await LoopbackHTTPServer.start(
    everyRequest: .respond(status: 200, headers: AWSHTTPHeaders([("Content-Type", "application/json")]), body: body))
let transport = AWSHTTPClientTransport(proxies: .none)
let client = try DocDBElasticClient(configuration: AWSClientConfiguration(
    region: "us-east-1", endpoint: server.baseURL,
    credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret")),
    transport: transport, environment: [:]))
let bare = AWSHTTPRequest(
    method: "GET", scheme: "http", host: "127.0.0.1", port: server.port, path: "/cluster", timeout: .seconds(10))

/// Fails the benchmark: a run that had failures measured something else.
func check(_ outcome: LoadDriver.Outcome, _ label: String) -> LoadDriver.Outcome {
    guard outcome.failures == 0 else {
        FileHandle.standardError.write(Data("\(label): \(outcome.failures) calls failed, first: \(outcome.firstFailure ?? "")\n".utf8))
        exit(1)
    }
    return outcome
}
let clientCall: @Sendable () async throws -> Void = { _ = try await client.listClusters(.init()) }
let bareCall: @Sendable () async throws -> Void = { _ = try await transport.send(bare) }

_ = check(await LoadDriver.run(calls: calls / 10, concurrency: concurrency, bareCall), "warm-up")
_ = check(await LoadDriver.run(calls: calls / 10, concurrency: concurrency, clientCall), "warm-up")
let residentAfterWarmUp = try ResidentMemory.bytes()
var clientRuns: [LoadDriver.Outcome] = []
var bareRuns: [LoadDriver.Outcome] = []
for round in 1...rounds {
    bareRuns.append(check(await LoadDriver.run(calls: calls, concurrency: concurrency, bareCall), "transport"))
    let afterBare = try ResidentMemory.bytes()
    clientRuns.append(check(await LoadDriver.run(calls: calls, concurrency: concurrency, clientCall), "client"))
    let afterClient = try ResidentMemory.bytes()
    print(String(format: "round %d: RSS %.1f MiB after the bare requests, %.1f MiB after the client calls",
                 round, Double(afterBare) / 1_048_576, Double(afterClient) / 1_048_576))
}
let residentAtEnd = try ResidentMemory.bytes()

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let clientRate = median(clientRuns.map(\.callsPerSecond))
let bareRate = median(bareRuns.map(\.callsPerSecond))
let clientCPU = median(clientRuns.map { $0.cpu.inSeconds * 1e6 / Double($0.calls) })
let bareCPU = median(bareRuns.map { $0.cpu.inSeconds * 1e6 / Double($0.calls) })
print(String(format: "client ListClusters: median %.0f calls/s, %.1f µs CPU per call (%d calls from %d tasks, %d rounds)",
             clientRate, clientCPU, calls, concurrency, rounds))
print(String(format: "baseline, bare requests through the same transport: median %.0f requests/s, %.1f µs CPU per request",
             bareRate, bareCPU))
print(String(format: "client overhead per call: %.1f µs CPU, %.1f µs wall; %d connections; RSS %.1f MiB after warm-up, %.1f MiB at the end",
             clientCPU - bareCPU, 1e6 / clientRate - 1e6 / bareRate, server.connectionCount,
             Double(residentAfterWarmUp) / 1_048_576, Double(residentAtEnd) / 1_048_576))
print(String(format: "RESULT load-calls-per-second %.0f calls/s bare-transport %.0f", clientRate, bareRate))
print(String(format: "RESULT load-cpu-per-call %.1f µs bare-transport %.1f", clientCPU, bareCPU))
try await transport.shutdown()
try await server.shutdown()
