import AWSRuntime
import Testing

/// Every built-in transport stops an in-flight request when its task is cancelled.
@Suite struct TransportCancellationTests {
    @Test(arguments: TransportKind.all, Stall.allCases)
    func cancellingTheTaskStopsTheRequest(kind: TransportKind, stall: Stall) async throws {
        try await kind.withLoopback { transport, server in
            server.enqueue(stall.behavior)
            let task = Task { try await transport.send(server.request(timeout: nil)) }
            #expect(await server.waitForRequests(1))
            let start = ContinuousClock.now

            task.cancel()

            await #expect(throws: CancellationError.self) { try await task.value }
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test(arguments: TransportKind.all)
    func aTaskCancelledBeforeSendingThrowsCancellationError(kind: TransportKind) async throws {
        try await kind.withLoopback { transport, server in
            let task = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await transport.send(server.request())
            }

            await #expect(throws: CancellationError.self) { try await task.value }
        }
    }
}
