import AWSRuntime
import FeaturesFixture
import FilteredFixture
import Testing
import TestSupport

/// The waiters generated from the features fixture's `waiters-2.json`, run against scripted HTTP responses.
@Suite struct FeaturesWaiterTests {
    static let input = GetThingRequest(thingId: "t-1")

    static func client(_ script: ResponseScript) throws -> FeaturesClient {
        try FeaturesClient(configuration: .test(script.transport))
    }

    /// A generated waiter with millisecond delays.
    static func fast(_ waiter: AWSWaiter) -> AWSWaiter {
        var fast = waiter
        fast.minDelay = .milliseconds(1)
        fast.maxDelay = .milliseconds(2)
        return fast
    }

    static func thing(_ status: String, _ states: String...) -> ResponseScript.Step {
        let parts = states.map { #"{"state": "\#($0)"}"# }.joined(separator: ", ")
        return .respond(status: 200, body: #"{"thing": {"status": "\#(status)", "parts": [\#(parts)]}}"#)
    }

    static let notFound = ResponseScript.Step.respond(
        status: 404, headers: [("X-Amzn-Errortype", "ThingNotFoundException")], body: #"{"message": "no"}"#)

    @Test func theGeneratedMethodReturnsOnceTheSuccessAcceptorMatches() async throws {
        let transport = ResponseScript([Self.thing("ACTIVE", "READY", "READY")]).transport
        try await FeaturesClient(configuration: .test(transport)).waitUntilThingReady(Self.input)
        #expect(transport.requests.map(\.path) == ["/things/t-1"])
    }

    @Test func pathsUseModelNamesOverWireNamesAndRetryUntilReady() async throws {
        let script = ResponseScript([
            Self.thing("CREATING", "READY", "PENDING"), Self.notFound, Self.thing("CREATING", "READY", "READY"),
        ])
        let client = try Self.client(script)
        try await Self.fast(FeaturesClient.Waiters.thingReady).wait(maxWait: .seconds(10)) { try await client.getThing(Self.input) }
    }

    @Test func aFailureAcceptorStopsTheWaiter() async throws {
        let client = try Self.client(ResponseScript([Self.thing("CREATING", "READY", "FAILED")]))
        let error = await #expect(throws: AWSWaiterError.self) { try await client.waitUntilThingReady(Self.input) }
        guard case .failureState(let acceptor)? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(acceptor.description == #"failure when any Thing.Parts[].State == "FAILED""#)

        let deleted = try Self.client(ResponseScript([Self.thing("DELETED", "READY", "PENDING")]))
        let second = await #expect(throws: AWSWaiterError.self) { try await deleted.waitUntilThingReady(Self.input) }
        guard case .failureState(let path)? = second?.reason else { Issue.record("\(String(describing: second))"); return }
        #expect(path.state == .failure)
    }

    @Test func statusAndErrorCodeMatchersSeeServiceErrors() async throws {
        let serverError = ResponseScript.Step.respond(status: 500, body: #"{"__type": "InternalFailure"}"#)
        let script = ResponseScript([serverError, serverError, serverError, Self.thing("ACTIVE", "READY")])
        let client = try Self.client(script)
        try await Self.fast(FeaturesClient.Waiters.thingReady).wait(maxWait: .seconds(10)) { try await client.getThing(Self.input) }

        let gone = try Self.client(ResponseScript([Self.thing("DELETING"), Self.notFound]))
        try await Self.fast(FeaturesClient.Waiters.thingDeleted).wait(maxWait: .seconds(10)) { try await gone.getThing(Self.input) }

        let missing = ResponseScript.Step.respond(status: 404, body: #"{"__type": "NoSuchThing"}"#)
        let byStatus = try Self.client(ResponseScript([Self.thing("DELETING"), missing]))
        try await Self.fast(FeaturesClient.Waiters.thingDeleted).wait(maxWait: .seconds(10)) { try await byStatus.getThing(Self.input) }
    }

    @Test func statusMatchersSeeTheStatusOfSuccessfulResponses() async throws {
        let waiter = AWSWaiter(name: "Created", minDelay: .milliseconds(1), acceptors: [
            AWSWaiterAcceptor(.success, .status(201)), AWSWaiterAcceptor(.retry, .status(200)),
        ])
        let transport = ResponseScript([Self.thing("CREATING"), .respond(status: 201, body: "{}")]).transport
        let client = try FeaturesClient(configuration: .test(transport))
        try await waiter.wait(maxWait: .seconds(10)) { try await client.getThing(Self.input) }
        #expect(transport.requests.count == 2)
    }

    @Test func waitersOfOperationsWithoutInputOrOutput() async throws {
        let throttled = ResponseScript.Step.respond(status: 400, headers: [("X-Amzn-Errortype", "Busy")], body: "{}")
        let client = try Self.client(ResponseScript([throttled, .respond(status: 200)]))
        try await Self.fast(FeaturesClient.Waiters.everythingDeleted).wait(maxWait: .seconds(10)) {
            try await client.deleteEverything()
            return AWSEmptyShape()
        }
        try await Self.client(ResponseScript([.respond(status: 200)])).waitUntilEverythingDeleted(maxWait: .seconds(1))
    }

    @Test func theDefaultTimeLimitIsTheModelsAttemptsTimesItsDelay() {
        #expect(FeaturesClient.Waiters.thingReady.minDelay == .seconds(5))
        #expect(FeaturesClient.Waiters.thingReady.acceptors.count == 5)
        #expect(FilteredClient.Waiters.kept.name == "Kept")
    }

    @Test func timesOutWhileTheThingStaysPending() async throws {
        let client = try Self.client(ResponseScript([Self.thing("CREATING", "PENDING")]))
        let error = await #expect(throws: AWSWaiterError.self) {
            try await Self.fast(FeaturesClient.Waiters.thingReady).wait(maxWait: .milliseconds(30)) { try await client.getThing(Self.input) }
        }
        guard case .timedOut? = error?.reason else { Issue.record("\(String(describing: error))"); return }
    }
}
