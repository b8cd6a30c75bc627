import Foundation

/// Reads `rest-json` and `json` (awsJson) responses: members from the JSON object body (read from its tape,
/// without a tree, when it can be) or from the payload member, and, through the HTTP bindings, from headers and
/// the status code. Also decodes the messages of their event streams.
struct JSONDeserializer: EventStreamDeserializer {
    /// Decodes a shape from the body, then the header, status and payload members; an event stream member
    /// reads its events from `eventStream`.
    func decode<T: AWSDecodableShape>(
        _ type: T.Type, _ response: AWSHTTPResponse, _ operation: AWSOperation, eventStream: EventStreamContext?
    ) throws -> T {
        // An operation without output ignores whatever body comes back.
        if T.self == AWSEmptyShape.self { return AWSEmptyShape() as! T }
        let located = try HTTPResponseBindings.members(T.awsMembers, response, operation)
        if eventStream == nil, !T.awsMembers.contains(where: \.location.isWholeBody) {
            return try tapeDecode(type, response.body, located, operation, response.status)
        }
        let members = try bodyMembers(type, response.body, operation, response.status).merging(located) { $1 }
        return try treeDecode(type, members, operation, response.status, eventStream: eventStream)
    }

    func errorFields(_ response: AWSHTTPResponse, _ operation: AWSOperation) -> AWSErrorFields {
        JSONErrorFields.fields(try? parseBody(response.body, operation, response.status), response)
    }

    /// Decodes the shape of an event stream message: header members from its typed headers, the rest
    /// from its payload.
    func decodeEvent<T: AWSDecodableShape>(_ type: T.Type, _ message: EventStreamMessage, _ operation: AWSOperation, status: Int) throws -> T {
        let members = try bodyMembers(type, message.payload, operation, status).merging(message.headerMembers(T.awsMembers)) { $1 }
        return try treeDecode(type, members, operation, status, eventStream: nil)
    }

    /// The members a body holds: the payload member when the shape has one, else the members of its JSON object.
    private func bodyMembers<T: AWSDecodableShape>(_ type: T.Type, _ body: [UInt8], _ operation: AWSOperation, _ status: Int) throws -> [String: JSONValue] {
        let payloadMember = T.awsMembers.first {
            $0.location == .payload || $0.location == .blobPayload || $0.location == .streamingPayload
                || $0.location == .stringPayload
        }
        guard let payloadMember else {
            if case .object(let members) = try parseBody(body, operation, status) { return members }
            return [:]
        }
        // A streaming payload is always there, if empty; the client hands a streamed response's body to it.
        if payloadMember.location == .streamingPayload {
            return [payloadMember.key: .string(Data(body).base64EncodedString())]
        }
        guard !body.isEmpty else { return [:] }
        switch payloadMember.location {
        case .blobPayload: return [payloadMember.key: .string(Data(body).base64EncodedString())]
        case .stringPayload: return [payloadMember.key: .string(String(decoding: body, as: UTF8.self))]
        default: return [payloadMember.key: try parseBody(body, operation, status)]
        }
    }

    private func treeDecode<T: AWSDecodableShape>(
        _ type: T.Type, _ members: [String: JSONValue], _ operation: AWSOperation, _ status: Int, eventStream: EventStreamContext?
    ) throws -> T {
        do {
            return try TreeDecoder(eventStream: eventStream).decode(type, from: .object(members))
        } catch let error as DecodingError {
            throw HTTPResponseBindings.decodingError(error, operation, status)
        }
    }

    /// Decodes a shape whose members are all in a JSON object body, or in `located`, from the body's tape.
    private func tapeDecode<T: AWSDecodableShape>(
        _ type: T.Type, _ body: [UInt8], _ located: [String: JSONValue], _ operation: AWSOperation, _ status: Int
    ) throws -> T {
        let source: TapeSource
        do {
            source = try TapeSource(body: Self.isBlank(body) ? Array("{}".utf8) : body, overlay: located, options: TreeDecoder())
        } catch {
            throw AWSResponseDecodingError(operation: operation.name, status: status, path: "", reason: "\(error)")
        }
        // A body that is not an object holds no members.
        guard source.isObject else { return try treeDecode(type, located, operation, status, eventStream: nil) }
        do {
            return try T(from: TapeDecoding(source: source, index: 0))
        } catch let error as DecodingError {
            throw HTTPResponseBindings.decodingError(error, operation, status)
        }
    }

    private func parseBody(_ body: [UInt8], _ operation: AWSOperation, _ status: Int) throws -> JSONValue {
        if Self.isBlank(body) { return .object([:]) }
        do {
            return try JSONValue.parse(body)
        } catch {
            throw AWSResponseDecodingError(operation: operation.name, status: status, path: "", reason: "\(error)")
        }
    }

    /// Whether a body is empty or only JSON whitespace: it holds no members.
    private static func isBlank(_ body: [UInt8]) -> Bool {
        body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }
}

extension AWSMember.Location {
    /// Whether the member is the whole body, rather than a member of a JSON object body or outside the body.
    fileprivate var isWholeBody: Bool {
        switch self {
        case .payload, .blobPayload, .streamingPayload, .stringPayload, .eventStream: true
        default: false
        }
    }
}
