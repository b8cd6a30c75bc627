import AWSRuntime
import AWSRuntimeTesting
import FeaturesFixture
import Foundation
import Testing
import TestSupport

/// An output event stream of the features fixture (rest-json): events with header, JSON, structure and
/// blob members, unknown events, modeled exceptions and error messages.
@Suite struct FeaturesEventStreamTests {
    static func watch(_ messages: [[UInt8]], status: Int = 200, headers: AWSHTTPHeaders = AWSHTTPHeaders([("x-watch-id", "w-1")])) async throws
        -> (WatchThingResponse, AWSStubTransport)
    {
        let transport = AWSStubTransport { _ in AWSHTTPResponse(status: status, headers: headers, body: messages.flatMap { $0 }) }
        let client = try FeaturesClient(configuration: .test(transport, region: "eu-west-1"))
        return (try await client.watchThing(WatchThingRequest(thingId: "t-1")), transport)
    }

    static func events(_ output: WatchThingResponse) async throws -> [ThingEventStream] {
        var events: [ThingEventStream] = []
        for try await event in output.events { events.append(event) }
        return events
    }

    @Test func eventsDecodeFromHeadersAndPayloads() async throws {
        let (output, transport) = try await Self.watch([
            EventStreamBytes.event("changed", headers: [
                ("sequence", .long(42)), ("at", .timestamp(1_700_000_000_500)), ("urgent", .bool(true)), ("source", .string("api")),
            ], payload: #"{"name": "renamed", "count": 3}"#),
            EventStreamBytes.event("snapshot", payload: #"{"status": "ready", "parts": [{"state": "p"}]}"#),
            EventStreamBytes.event("raw", headers: [(":content-type", .string("application/octet-stream"))], payload: "\u{1}\u{2}"),
            EventStreamBytes.event("somethingNew", payload: "{}"),
        ])
        #expect(transport.requests.first?.path == "/things/t-1/events")
        #expect(output.watchId == "w-1")
        let events = try await Self.events(output)
        #expect(events.count == 4)
        guard case .changed(let changed) = events[0] else { Issue.record("\(events[0])"); return }
        #expect(changed.sequence == 42 && changed.urgent == true && changed.source == "api")
        #expect(changed.at == Date(timeIntervalSince1970: 1_700_000_000.5))
        #expect(changed.name == "renamed" && changed.count == 3)
        guard case .snapshot(let snapshot) = events[1], case .raw(let raw) = events[2], case .sdkUnknown(let name) = events[3] else {
            Issue.record("\(events)")
            return
        }
        #expect(snapshot.thing?.thingStatus == "ready" && snapshot.thing?.parts?.first?.state == "p")
        #expect(raw.data == Data([1, 2]))
        #expect(name == "somethingNew")
    }

    @Test func aModeledExceptionIsThrownWhileReading() async throws {
        let (output, _) = try await Self.watch([
            EventStreamBytes.event("changed", payload: "{}"),
            EventStreamBytes.exception("overloaded", payload: #"{"message": "slow down", "retryAfterSeconds": 5}"#),
        ])
        var received = 0
        do {
            for try await _ in output.events { received += 1 }
            Issue.record("expected an exception")
        } catch let error as OverloadedException {
            #expect(received == 1)
            #expect(error.retryAfterSeconds == 5)
            #expect(error.message == "slow down")
            #expect(error.context.code == "overloaded")
        }
    }

    @Test func anErrorMessageIsAnUnknownServiceError() async throws {
        let (output, _) = try await Self.watch([EventStreamBytes.error(code: "InternalFailure", message: "boom")])
        await #expect {
            _ = try await Self.events(output)
        } throws: { error in
            let error = error as? AWSUnknownServiceError
            return error?.code == "InternalFailure" && error?.message == "boom" && error?.status == 200
        }
    }

    @Test func aCorruptStreamIsAnEventStreamError() async throws {
        var message = EventStreamBytes.event("changed", payload: "{}")
        message[message.count - 2] ^= 1
        let (output, _) = try await Self.watch([message])
        await #expect(throws: AWSEventStreamError.self) { _ = try await Self.events(output) }
    }

    @Test func anErrorResponseIsThrownByTheCall() async throws {
        await #expect(throws: BadThingException.self) {
            _ = try await Self.watch([Array(#"{"message": "no such thing"}"#.utf8)], status: 400, headers: AWSHTTPHeaders([("X-Amzn-Errortype", "BadThingException")]))
        }
    }

    @Test func streamsForStubsComeFromEvents() async throws {
        let output = WatchThingResponse(events: AWSEventStream([.raw(RawBytesEvent(data: Data([7])))]))
        let events = try await Self.events(output)
        guard case .raw(let raw)? = events.first else { Issue.record("\(events)"); return }
        #expect(raw.data == Data([7]))
    }
}
