import Foundation
import Testing
import TestSupport
@testable import AWSRuntime

/// Cutting event stream messages out of chunks, and reading every header type.
@Suite struct EventStreamFramerTests {
    static let uuid: [UInt8] = Array(0..<16)
    static let message = EventStreamBytes.message([
        ("t", .bool(true)), ("f", .bool(false)), ("b", .byte(-2)), ("s", .short(-300)), ("i", .int(70_000)),
        ("l", .long(-5_000_000_000)), ("y", .bytes([1, 2, 3])), ("str", .string("héllo")),
        ("at", .timestamp(1_700_000_000_123)), ("u", .uuid(uuid)),
    ], Array("payload".utf8))

    @Test func readsEveryHeaderType() throws {
        var framer = EventStreamFramer()
        framer.append(Self.message)
        let message = try #require(try framer.next())
        let values = Dictionary(uniqueKeysWithValues: message.headers.map { ($0.name, $0.value) })
        #expect(values["t"] == .bool(true))
        #expect(values["f"] == .bool(false))
        #expect(values["b"] == .integer(-2))
        #expect(values["s"] == .integer(-300))
        #expect(values["i"] == .integer(70_000))
        #expect(values["l"] == .integer(-5_000_000_000))
        #expect(values["y"] == .bytes([1, 2, 3]))
        #expect(values["str"] == .string("héllo"))
        #expect(values["at"] == .timestamp(Date(timeIntervalSince1970: 1_700_000_000.123)))
        #expect(values["u"] == .uuid(UUID(uuidString: "00010203-0405-0607-0809-0A0B0C0D0E0F")!))
        #expect(message.payload == Array("payload".utf8))
        #expect(try framer.next() == nil)
        #expect(!framer.hasPartialMessage)
    }

    @Test func messagesSplitAcrossChunksAndSeveralInOneChunk() throws {
        let second = EventStreamBytes.event("b", payload: #"{"n": 2}"#)
        var framer = EventStreamFramer()
        var messages: [EventStreamMessage] = []
        for byte in Self.message + second {
            framer.append([byte])
            while let message = try framer.next() { messages.append(message) }
        }
        #expect(messages.count == 2)
        framer.append(Self.message + second + Self.message)
        #expect(try framer.next() != nil && framer.next() != nil && framer.next() != nil)
        #expect(try framer.next() == nil)
    }

    @Test func aLongStreamKeepsOnlyItsPartialMessage() throws {
        let message = EventStreamBytes.event("tick", payload: String(repeating: "x", count: 100))
        let stream = Array(repeatElement(message, count: 1_000).joined())
        var framer = EventStreamFramer()
        var read = 0
        // Chunks that never end on a message boundary.
        for start in stride(from: 0, to: stream.count, by: 150) {
            framer.append(Array(stream[start..<min(start + 150, stream.count)]))
            while try framer.next() != nil { read += 1 }
            #expect(framer.bufferedCount < message.count)
        }
        #expect(read == 1_000)
    }

    @Test(arguments: [(3, "prelude checksum"), (Self.message.count - 1, "checksum of a message"), (20, "checksum of a message")])
    func corruptBytesAreReported(offset: Int, reason: String) {
        var bytes = Self.message
        bytes[offset] ^= 0x40
        var framer = EventStreamFramer()
        framer.append(bytes)
        #expect {
            _ = try framer.next()
        } throws: { error in
            (error as? AWSEventStreamError)?.reason.contains(reason) == true
        }
    }

    @Test func aBodyThatEndsInsideAMessageIsAnError() async throws {
        let (body, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        continuation.yield(Array(Self.message.prefix(30)))
        continuation.finish()
        let reader = EventMessageReader(AWSByteStream(body))
        await #expect(throws: AWSEventStreamError("the body ends inside a message")) {
            _ = try await reader.next()
        }
    }
}
