import AWSRuntime
import FeaturesFixture
import Foundation
import Testing
import TestSupport

/// An event stream read through the default transport from a server that holds the response open: the
/// first event arrives while the response is still going on.
@Suite struct EventStreamEndToEndTests {
    @Test func eventsArriveWhileTheResponseIsOpen() async throws {
        let server = try await FakeAWSServer.start(service: "features")
        try await server.script([FakeAWSServer.stream([
            EventStreamBytes.event("changed", headers: [("sequence", .long(1))], payload: "{}"),
            EventStreamBytes.event("changed", headers: [("sequence", .long(2))], payload: "{}"),
        ], headers: ["x-watch-id": "w-9"], holdAfter: 1)])
        let client = try FeaturesClient(configuration: AWSClientConfiguration(environment: [
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "AWS_REGION": "us-east-1",
            "AWS_ENDPOINT_URL": server.url,
        ]))
        let output = try await client.watchThing(WatchThingRequest(thingId: "t-1"))
        #expect(output.watchId == "w-9")
        var iterator = output.events.makeAsyncIterator()
        guard case .changed(let first)? = try await iterator.next() else { Issue.record("no first event"); return }
        #expect(first.sequence == 1)
        // The server sends the second event only now.
        try await server.release()
        guard case .changed(let second)? = try await iterator.next() else { Issue.record("no second event"); return }
        #expect(second.sequence == 2)
        #expect(try await iterator.next() == nil)
        let received = try await server.received()
        #expect(received.count == 1 && received.first?.signatureValid == true, "\(received.first?.reason ?? "")")
    }
}
