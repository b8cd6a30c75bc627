import Foundation

/// Cuts event stream messages out of a body that arrives in chunks, checking each message's length
/// and both checksums.
///
/// A message is: total length and headers length (4 bytes each, big-endian), the CRC-32 of those 8
/// bytes, the headers, the payload, and the CRC-32 of everything before it.
struct EventStreamFramer: Sendable {
    private var buffer: [UInt8] = []
    private var start = 0

    /// The longest message accepted: 16 MiB, the limit of the format.
    static let maxMessageLength = 16 * 1024 * 1024

    /// Adds bytes that arrived, first dropping the messages already read, so that a long stream keeps
    /// no more than one partial message.
    mutating func append(_ bytes: [UInt8]) {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The bytes kept: those of messages not read yet.
    var bufferedCount: Int { buffer.count - start }

    /// Whether bytes of an incomplete message are left.
    var hasPartialMessage: Bool { start < buffer.count }

    /// The next complete message, or nil when more bytes are needed.
    mutating func next() throws(AWSEventStreamError) -> EventStreamMessage? {
        let available = buffer.count - start
        guard available >= 12 else { return nil }
        let total = Int(readUInt32(at: start))
        let headersLength = Int(readUInt32(at: start + 4))
        guard CRC32.checksum(buffer[start..<start + 8]) == readUInt32(at: start + 8) else {
            throw AWSEventStreamError("the prelude checksum of a message does not match")
        }
        guard total >= 16, total <= Self.maxMessageLength, headersLength <= total - 16 else {
            throw AWSEventStreamError("a message declares a length of \(total) bytes with \(headersLength) bytes of headers")
        }
        guard available >= total else { return nil }
        let end = start + total
        guard CRC32.checksum(buffer[start..<end - 4]) == readUInt32(at: end - 4) else {
            throw AWSEventStreamError("the checksum of a message does not match")
        }
        let headers = try Self.headers(buffer[start + 12..<start + 12 + headersLength])
        let message = EventStreamMessage(headers: headers, payload: Array(buffer[start + 12 + headersLength..<end - 4]))
        start = end
        if start == buffer.count { buffer.removeAll(keepingCapacity: true); start = 0 }
        return message
    }

    private func readUInt32(at offset: Int) -> UInt32 {
        buffer[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func headers(_ bytes: ArraySlice<UInt8>) throws(AWSEventStreamError) -> [(name: String, value: EventStreamMessage.HeaderValue)] {
        var reader = ByteReader(bytes: bytes)
        var headers: [(name: String, value: EventStreamMessage.HeaderValue)] = []
        while !reader.isAtEnd {
            let name = String(decoding: try reader.take(Int(try reader.integer(1))), as: UTF8.self)
            let type = try reader.integer(1)
            let value: EventStreamMessage.HeaderValue
            switch type {
            case 0: value = .bool(true)
            case 1: value = .bool(false)
            case 2: value = .integer(Int64(Int8(truncatingIfNeeded: try reader.integer(1))))
            case 3: value = .integer(Int64(Int16(truncatingIfNeeded: try reader.integer(2))))
            case 4: value = .integer(Int64(Int32(truncatingIfNeeded: try reader.integer(4))))
            case 5: value = .integer(Int64(bitPattern: try reader.integer(8)))
            case 6: value = .bytes(Array(try reader.take(Int(try reader.integer(2)))))
            case 7: value = .string(String(decoding: try reader.take(Int(try reader.integer(2))), as: UTF8.self))
            case 8:
                let milliseconds = Int64(bitPattern: try reader.integer(8))
                value = .timestamp(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            case 9:
                let raw = Array(try reader.take(16))
                value = .uuid(UUID(uuid: (raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7],
                                          raw[8], raw[9], raw[10], raw[11], raw[12], raw[13], raw[14], raw[15])))
            default:
                throw AWSEventStreamError("header '\(name)' has the unknown type \(type)")
            }
            headers.append((name, value))
        }
        return headers
    }
}

/// Reads big-endian integers and byte runs from a header block.
private struct ByteReader {
    var bytes: ArraySlice<UInt8>

    var isAtEnd: Bool { bytes.isEmpty }

    mutating func take(_ count: Int) throws(AWSEventStreamError) -> ArraySlice<UInt8> {
        guard bytes.count >= count else { throw AWSEventStreamError("the headers of a message end early") }
        defer { bytes = bytes.dropFirst(count) }
        return bytes.prefix(count)
    }

    mutating func integer(_ width: Int) throws(AWSEventStreamError) -> UInt64 {
        try take(width).reduce(0) { $0 << 8 | UInt64($1) }
    }
}
