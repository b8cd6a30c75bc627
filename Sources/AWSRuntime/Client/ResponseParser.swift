import Foundation

/// Turns an HTTP response into an output value or a thrown service error, for the JSON protocols and rpc-v2-cbor.
struct ResponseParser {
    let service: AWSServiceDescriptor

    func parse<Output: AWSShape>(_ operation: AWSOperation, _ response: AWSHTTPResponse, as type: Output.Type) throws -> Output {
        guard (200..<300).contains(response.status) else { throw serviceError(operation, response) }
        return try decode(type, operation, response)
    }

    /// Decodes an output that holds an event stream: the other members come from the headers and, for
    /// awsJson, from the stream's `initial-response` event; the events are read as the stream goes on.
    func parseStream<Output: AWSShape>(
        _ operation: AWSOperation, _ response: AWSStreamingResponse, as type: Output.Type
    ) async throws -> Output {
        guard (200..<300).contains(response.status) else { throw serviceError(operation, try await response.collected()) }
        let reader = EventMessageReader(response.body)
        var head = AWSHTTPResponse(status: response.status, headers: response.headers)
        if case .awsJSON = service.protocol, let first = try await reader.next() {
            if first.string(":event-type") == "initial-response" { head.body = first.payload } else { await reader.putBack(first) }
        }
        let context = EventStreamContext(
            reader: reader, parser: self, operation: operation, status: response.status, headers: response.headers)
        return try decode(type, operation, head, eventStream: context)
    }

    /// Decodes a shape from the body, then the header, status and payload members.
    private func decode<T: AWSShape>(
        _ type: T.Type, _ operation: AWSOperation, _ response: AWSHTTPResponse, eventStream: EventStreamContext? = nil
    ) throws -> T {
        // An operation without output ignores whatever body comes back.
        if T.self == AWSEmptyShape.self { return AWSEmptyShape() as! T }
        let located = try locatedMembers(type, operation, response)
        if eventStream == nil, !isCBOR, !T.awsMembers.contains(where: \.location.isWholeBody) {
            return try tapeDecode(type, response.body, located, operation, response.status)
        }
        let members = try bodyMembers(type, response.body, operation, response.status).merging(located) { $1 }
        return try treeDecode(type, members, operation, response.status, eventStream: eventStream)
    }

    /// The members that come from outside the body: headers, prefixed headers, the status code and an
    /// event stream.
    private func locatedMembers<T: AWSShape>(
        _ type: T.Type, _ operation: AWSOperation, _ response: AWSHTTPResponse
    ) throws -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for member in T.awsMembers {
            switch member.location {
            case .header(let name):
                if let value = response.headers[name] {
                    let values = response.headers.values(name)
                    let text = values.count > 1 ? values.joined(separator: ", ") : value
                    members[member.key] = member.isJSONValue ? try jsonHeader(text, operation, response) : .string(text)
                }
            case .headers(let prefix):
                var entries: [String: JSONValue] = [:]
                for field in response.headers where field.name.lowercased().hasPrefix(prefix.lowercased()) {
                    entries[String(field.name.dropFirst(prefix.count))] = .string(field.value)
                }
                members[member.key] = .object(entries)
            case .statusCode:
                members[member.key] = .int(Int64(response.status))
            case .eventStream:
                // A placeholder: the member reads its events from the decoder's event stream.
                members[member.key] = .object([:])
            default:
                break
            }
        }
        return members
    }

    /// Decodes the shape of an event stream message: header members from its typed headers, the rest
    /// from its payload.
    func decodeEvent<T: AWSShape>(_ type: T.Type, _ message: EventStreamMessage, _ operation: AWSOperation, status: Int) throws -> T {
        var members = try bodyMembers(type, message.payload, operation, status)
        for member in T.awsMembers {
            guard case .header(let name) = member.location else { continue }
            if let header = message.headers.last(where: { $0.name == name }) { members[member.key] = header.value.json }
        }
        return try treeDecode(type, members, operation, status, eventStream: nil)
    }

    /// The members a body holds: the payload member when the shape has one, else the members of its JSON object.
    /// rpc-v2-cbor has no HTTP bindings: its body is always the map of the members.
    private func bodyMembers<T: AWSShape>(_ type: T.Type, _ body: [UInt8], _ operation: AWSOperation, _ status: Int) throws -> [String: JSONValue] {
        let payloadMember = isCBOR ? nil : T.awsMembers.first {
            $0.location == .payload || $0.location == .blobPayload || $0.location == .stringPayload
        }
        guard let payloadMember else {
            if case .object(let members) = try parseBody(body, operation, status) { return members }
            return [:]
        }
        guard !body.isEmpty else { return [:] }
        switch payloadMember.location {
        case .blobPayload: return [payloadMember.key: .string(Data(body).base64EncodedString())]
        case .stringPayload: return [payloadMember.key: .string(String(decoding: body, as: UTF8.self))]
        default: return [payloadMember.key: try parseBody(body, operation, status)]
        }
    }

    private func treeDecode<T: AWSShape>(
        _ type: T.Type, _ members: [String: JSONValue], _ operation: AWSOperation, _ status: Int, eventStream: EventStreamContext?
    ) throws -> T {
        do {
            return try TreeDecoder(eventStream: eventStream).decode(type, from: .object(members))
        } catch let error as DecodingError {
            throw Self.decodingError(error, operation, status)
        }
    }

    /// Decodes a shape whose members are all in a JSON object body, or in `located`, from the body's tape.
    private func tapeDecode<T: AWSShape>(
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
            throw Self.decodingError(error, operation, status)
        }
    }

    /// Whether bodies are CBOR (rpc-v2-cbor), read as a tree through `CBORResponseDecoder`, rather than JSON.
    private var isCBOR: Bool {
        if case .rpcV2CBOR = service.protocol { true } else { false }
    }

    private func parseBody(_ body: [UInt8], _ operation: AWSOperation, _ status: Int) throws -> JSONValue {
        if isCBOR { return try CBORResponseDecoder.json(body, operation: operation.name, status: status) }
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

    private func jsonHeader(_ text: String, _ operation: AWSOperation, _ response: AWSHTTPResponse) throws -> JSONValue {
        guard let data = Data(base64Encoded: text) else {
            throw AWSResponseDecodingError(operation: operation.name, status: response.status, path: "", reason: "a JSON header is not base64")
        }
        return try JSONValue.parse(Array(data))
    }

    /// The modeled error for the response's code, or `AWSUnknownServiceError`.
    func serviceError(_ operation: AWSOperation, _ response: AWSHTTPResponse) -> any Error {
        let body = (try? parseBody(response.body, operation, response.status)) ?? .object([:])
        let fields: [String: JSONValue]
        if case .object(let object) = body { fields = object } else { fields = [:] }
        func field(_ names: String...) -> String? {
            for name in names { if case .string(let value) = fields[name] { return value } }
            return nil
        }
        let code = Self.sanitize(response.headers["X-Amzn-Errortype"] ?? field("code", "__type", "Code") ?? "")
        let queryError = Self.queryError(response.headers)
        let context = AWSErrorContext(
            code: code.isEmpty ? "HTTP\(response.status)" : code,
            message: field("message", "Message", "errorMessage") ?? response.headers["x-amzn-error-message"],
            status: response.status,
            requestID: Self.requestID(response.headers),
            headers: response.headers,
            queryErrorCode: queryError?.code,
            queryErrorFault: queryError?.fault)
        guard let type = service.errors[code] else {
            return AWSUnknownServiceError(context: context)
        }
        return decodeError(type, context, operation, response)
    }

    private func decodeError<E: AWSModeledError>(_ type: E.Type, _ context: AWSErrorContext,
                                                 _ operation: AWSOperation, _ response: AWSHTTPResponse) -> any Error {
        do {
            var error = try decode(type, operation, response)
            error.context = context
            return error
        } catch {
            return error
        }
    }

    /// The code and fault of an `x-amzn-query-error` header (`AWS.SimpleQueueService.NonExistentQueue;Sender`),
    /// as botocore reads it: nil without the header, or unless it is two parts with a code.
    static func queryError(_ headers: AWSHTTPHeaders) -> (code: String, fault: String)? {
        let parts = headers["x-amzn-query-error"]?.split(separator: ";", omittingEmptySubsequences: false) ?? []
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The request id of a response: its `x-amzn-RequestId` or `x-amz-request-id` header.
    static func requestID(_ headers: AWSHTTPHeaders) -> String? {
        headers["x-amzn-RequestId"] ?? headers["x-amz-request-id"]
    }

    /// The code without a namespace (`aws.protocoltests#Foo`) or a suffix after `:`.
    static func sanitize(_ code: String) -> String {
        var result = Substring(code)
        if let colon = result.firstIndex(of: ":") { result = result[..<colon] }
        if let hash = result.lastIndex(of: "#") { result = result[result.index(after: hash)...] }
        return result.trimmingCharacters(in: .whitespaces)
    }

    static func decodingError(_ error: DecodingError, _ operation: AWSOperation, _ status: Int) -> AWSResponseDecodingError {
        let context: DecodingError.Context
        var path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            context = c
            path = c.codingPath
        case .keyNotFound(let key, let c):
            context = c
            path = c.codingPath + [key]
        @unknown default:
            return AWSResponseDecodingError(operation: operation.name, status: status, path: "", reason: "\(error)")
        }
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return AWSResponseDecodingError(operation: operation.name, status: status, path: text, reason: context.debugDescription)
    }
}

extension AWSMember.Location {
    /// Whether the member is the whole body, rather than a member of a JSON object body or outside the body.
    fileprivate var isWholeBody: Bool {
        switch self {
        case .payload, .blobPayload, .stringPayload, .eventStream: true
        default: false
        }
    }
}
