import Foundation

/// One message of an `application/vnd.amazon.eventstream` body: typed headers and a payload.
package struct EventStreamMessage: Sendable, Equatable {
    /// A header value, with the wire type it came as.
    enum HeaderValue: Sendable, Equatable {
        case bool(Bool)
        case integer(Int64)
        case bytes([UInt8])
        case string(String)
        case timestamp(Date)
        case uuid(UUID)

        /// The value as it reads in a shape's JSON tree: bytes as base64, timestamps as epoch seconds.
        var json: JSONValue {
            switch self {
            case .bool(let value): .bool(value)
            case .integer(let value): .int(value)
            case .bytes(let value): .string(Data(value).base64EncodedString())
            case .string(let value): .string(value)
            case .timestamp(let value): .double(value.timeIntervalSince1970)
            case .uuid(let value): .string(value.uuidString)
            }
        }
    }

    var headers: [(name: String, value: HeaderValue)]
    package var payload: [UInt8]

    /// The values of the members of `members` bound to this message's headers, by coding key, as a shape's
    /// JSON tree holds them; the last header of a name wins.
    package func headerMembers(_ members: [AWSMember]) -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for member in members {
            guard case .header(let name) = member.location else { continue }
            if let header = headers.last(where: { $0.name == name }) { values[member.key] = header.value.json }
        }
        return values
    }

    /// The value of the string header `name`.
    func string(_ name: String) -> String? {
        for header in headers where header.name == name {
            if case .string(let value) = header.value { return value }
        }
        return nil
    }

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.payload == rhs.payload && lhs.headers.elementsEqual(rhs.headers) { $0.name == $1.name && $0.value == $1.value }
    }
}
