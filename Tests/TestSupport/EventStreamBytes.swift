import AWSRuntime
import Foundation

/// Builds `application/vnd.amazon.eventstream` messages for tests, with any header type.
public enum EventStreamBytes {
    /// A header value with its wire type.
    public enum Value {
        case bool(Bool)
        case byte(Int8)
        case short(Int16)
        case int(Int32)
        case long(Int64)
        case bytes([UInt8])
        case string(String)
        /// Milliseconds since the epoch.
        case timestamp(Int64)
        case uuid([UInt8])
    }

    /// One message: prelude, headers, payload and both checksums.
    public static func message(_ headers: [(String, Value)], _ payload: [UInt8]) -> [UInt8] {
        var block: [UInt8] = []
        for (name, value) in headers {
            block.append(UInt8(name.utf8.count))
            block += Array(name.utf8)
            switch value {
            case .bool(let flag): block.append(flag ? 0 : 1)
            case .byte(let number): block += [2, UInt8(bitPattern: number)]
            case .short(let number): block += [3] + bigEndian(UInt64(UInt16(bitPattern: number)), 2)
            case .int(let number): block += [4] + bigEndian(UInt64(UInt32(bitPattern: number)), 4)
            case .long(let number): block += [5] + bigEndian(UInt64(bitPattern: number), 8)
            case .bytes(let bytes): block += [6] + bigEndian(UInt64(bytes.count), 2) + bytes
            case .string(let text): block += [7] + bigEndian(UInt64(text.utf8.count), 2) + Array(text.utf8)
            case .timestamp(let milliseconds): block += [8] + bigEndian(UInt64(bitPattern: milliseconds), 8)
            case .uuid(let bytes): block += [9] + bytes
            }
        }
        let total = 16 + block.count + payload.count
        var message = bigEndian(UInt64(total), 4) + bigEndian(UInt64(block.count), 4)
        message += bigEndian(UInt64(CRC32.checksum(message)), 4)
        message += block + payload
        return message + bigEndian(UInt64(CRC32.checksum(message)), 4)
    }

    /// An event of type `type` with a JSON (or other) payload.
    public static func event(_ type: String, headers: [(String, Value)] = [], payload: String = "{}") -> [UInt8] {
        message([(":message-type", .string("event")), (":event-type", .string(type))] + headers, Array(payload.utf8))
    }

    /// An exception event of the stream member `type`, with its JSON body.
    public static func exception(_ type: String, payload: String) -> [UInt8] {
        message([(":message-type", .string("exception")), (":exception-type", .string(type))], Array(payload.utf8))
    }

    /// An error message with a code and a message.
    public static func error(code: String, message text: String) -> [UInt8] {
        message([(":message-type", .string("error")), (":error-code", .string(code)), (":error-message", .string(text))], [])
    }

    private static func bigEndian(_ value: UInt64, _ width: Int) -> [UInt8] {
        (0..<width).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
