@_spi(Generated) @testable import AWSRuntime
import Foundation
import Testing

/// `AWSWaiter.wait` driven by scripted outcomes of an operation.
@Suite struct WaiterTests {
    struct Table: Encodable, Sendable {
        var status: String?
        var items: [String]?
    }

    /// Outcomes handed out in order; the last repeats.
    final class Script: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Result<Table, any Error>]
        private(set) var calls = 0

        init(_ outcomes: [Result<Table, any Error>]) {
            self.outcomes = outcomes
        }

        func call() throws -> Table {
            try lock.withLock {
                calls += 1
                return try (outcomes.count > 1 ? outcomes.removeFirst() : outcomes[0]).get()
            }
        }
    }

    static func serviceError(_ code: String, status: Int = 400) -> Result<Table, any Error> {
        .failure(AWSUnknownServiceError(context: AWSErrorContext(code: code, status: status)))
    }

    static func waiter(_ acceptors: [AWSWaiterAcceptor]) -> AWSWaiter {
        AWSWaiter(name: "TableReady", minDelay: .milliseconds(1), maxDelay: .milliseconds(4), acceptors: acceptors)
    }

    static let tableReady = waiter([
        AWSWaiterAcceptor(.success, .path("status", expected: .string("ACTIVE"))),
        AWSWaiterAcceptor(.failure, .pathAny("items[]", expected: .string("BROKEN"))),
        AWSWaiterAcceptor(.retry, .errorCode("ResourceNotFoundException")),
    ])

    @Test func succeedsAfterRetries() async throws {
        let script = Script([.success(Table(status: "CREATING")), Self.serviceError("ResourceNotFoundException"),
                             .success(Table(status: "CREATING")), .success(Table(status: "ACTIVE"))])
        try await Self.tableReady.wait(maxWait: .seconds(10)) { try script.call() }
        #expect(script.calls == 4)
    }

    @Test func stopsAtAFailureAcceptor() async throws {
        let script = Script([.success(Table(status: "CREATING", items: ["ok", "BROKEN"]))])
        let error = await #expect(throws: AWSWaiterError.self) {
            try await Self.tableReady.wait(maxWait: .seconds(10)) { try script.call() }
        }
        guard case .failureState(let acceptor)? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(acceptor.description == #"failure when any items[] == "BROKEN""#)
        #expect(error?.attempts == 1)
        #expect(error?.description.hasPrefix(#"waiter TableReady reached its failure state (failure when any items[] == "BROKEN") after 1 attempt in "#) == true)
    }

    @Test func anErrorNoAcceptorExpectsStopsTheWaiter() async throws {
        let script = Script([Self.serviceError("AccessDeniedException", status: 403)])
        let error = await #expect(throws: AWSWaiterError.self) {
            try await Self.tableReady.wait(maxWait: .seconds(10)) { try script.call() }
        }
        guard case .unexpectedError(let cause as AWSUnknownServiceError)? = error?.reason else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(cause.code == "AccessDeniedException")
    }

    @Test func pathAllNeedsANonEmptyListOfEqualValues() async throws {
        let waiter = Self.waiter([AWSWaiterAcceptor(.success, .pathAll("items", expected: .string("up")))])
        let script = Script([.success(Table(items: [])), .success(Table(items: ["up", "down"])), .success(Table()),
                             .success(Table(items: ["up", "up"]))])
        try await waiter.wait(maxWait: .seconds(10)) { try script.call() }
        #expect(script.calls == 4)
    }

    @Test func errorMatchersForAnyErrorAndForNone() async throws {
        let gone = Self.waiter([AWSWaiterAcceptor(.success, .error(true)), AWSWaiterAcceptor(.retry, .error(false))])
        let goneScript = Script([.success(Table()), Self.serviceError("Whatever")])
        try await gone.wait(maxWait: .seconds(10)) { try goneScript.call() }
        #expect(goneScript.calls == 2)

        let exists = Self.waiter([AWSWaiterAcceptor(.success, .error(false)), AWSWaiterAcceptor(.retry, .error(true))])
        let existsScript = Script([Self.serviceError("NotFound", status: 404), .success(Table())])
        try await exists.wait(maxWait: .seconds(10)) { try existsScript.call() }
        #expect(existsScript.calls == 2)
    }

    @Test func statusMatchersSeeErrorStatusesAndTakeOutputsAs200WithoutAClient() async throws {
        let waiter = Self.waiter([AWSWaiterAcceptor(.retry, .status(500)), AWSWaiterAcceptor(.success, .status(200))])
        let script = Script([Self.serviceError("InternalFailure", status: 500), .success(Table())])
        try await waiter.wait(maxWait: .seconds(10)) { try script.call() }
        #expect(script.calls == 2)
    }

    @Test func timesOutAfterMaxWait() async throws {
        let script = Script([.success(Table(status: "CREATING"))])
        let started = ContinuousClock.now
        let error = await #expect(throws: AWSWaiterError.self) {
            try await Self.tableReady.wait(maxWait: .milliseconds(50)) { try script.call() }
        }
        guard case .timedOut? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect((error?.attempts ?? 0) >= 2)
        #expect(error?.attempts == script.calls)
    }

    @Test func cancellationStopsTheWait() async throws {
        let slow = AWSWaiter(name: "Slow", minDelay: .seconds(30), acceptors: [AWSWaiterAcceptor(.retry, .error(false))])
        let script = Script([.success(Table())])
        let task = Task { try await slow.wait(maxWait: .seconds(600)) { try script.call() } }
        while script.calls == 0 { try await Task.sleep(for: .milliseconds(1)) }
        let started = ContinuousClock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(script.calls == 1)
    }

    @Test func aTypeErrorInAPathIsNoMatchButASyntaxErrorThrows() async throws {
        let lenient = Self.waiter([AWSWaiterAcceptor(.retry, .path("length(status) > `0`", expected: .bool(false))),
                                   AWSWaiterAcceptor(.success, .error(false))])
        try await lenient.wait(maxWait: .seconds(10)) { Table() }

        let broken = Self.waiter([AWSWaiterAcceptor(.success, .path("status ==", expected: .bool(true)))])
        await #expect(throws: JMESPathError.self) { try await broken.wait(maxWait: .seconds(10)) { Table() } }
    }

    struct Renamed: Encodable, AWSModelNamed {
        var thingStatus: String
        var labels: [String: String]

        enum CodingKeys: String, CodingKey {
            case thingStatus = "status"
            case labels
        }

        static let awsModelNames = ["status": "ThingStatus", "labels": "Labels"]
    }

    @Test func pathsSeeModelMemberNamesButNotRenamedMapKeys() throws {
        let json = try AWSWaiter.json([Renamed(thingStatus: "up", labels: ["status": "x"])])
        #expect(json == .array([.object(["ThingStatus": .string("up"), "Labels": .object(["status": .string("x")])])]))
    }
}
