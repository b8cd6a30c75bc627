import Foundation

/// Turns an HTTP response into an output value or a thrown service error, for the JSON protocols.
struct ResponseParser {
    let service: AWSServiceDescriptor

    func parse<Output: AWSShape>(_ operation: AWSOperation, _ response: AWSHTTPResponse, as type: Output.Type) throws -> Output {
        guard (200..<300).contains(response.status) else { throw serviceError(operation, response) }
        return try decode(type, operation, response)
    }

    /// Decodes a shape from the body, then the header, status and payload members.
    private func decode<T: AWSShape>(_ type: T.Type, _ operation: AWSOperation, _ response: AWSHTTPResponse) throws -> T {
        // An operation without output ignores whatever body comes back.
        if T.self == AWSEmptyShape.self { return AWSEmptyShape() as! T }
        let payloadMember = T.awsMembers.first {
            $0.location == .payload || $0.location == .blobPayload || $0.location == .stringPayload
        }
        var members: [String: JSONValue] = [:]
        if let payloadMember {
            switch payloadMember.location {
            case .blobPayload:
                if !response.body.isEmpty { members[payloadMember.key] = .string(Data(response.body).base64EncodedString()) }
            case .stringPayload:
                if !response.body.isEmpty { members[payloadMember.key] = .string(String(decoding: response.body, as: UTF8.self)) }
            default:
                if !response.body.isEmpty { members[payloadMember.key] = try parseBody(operation, response) }
            }
        } else if case .object(let body) = try parseBody(operation, response) {
            members = body
        }
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
            default:
                break
            }
        }
        do {
            return try TreeDecoder().decode(type, from: .object(members))
        } catch let error as DecodingError {
            throw Self.decodingError(error, operation, response.status)
        }
    }

    private func parseBody(_ operation: AWSOperation, _ response: AWSHTTPResponse) throws -> JSONValue {
        if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .object([:]) }
        do {
            return try JSONValue.parse(response.body)
        } catch {
            throw AWSResponseDecodingError(operation: operation.name, status: response.status, path: "", reason: "\(error)")
        }
    }

    private func jsonHeader(_ text: String, _ operation: AWSOperation, _ response: AWSHTTPResponse) throws -> JSONValue {
        guard let data = Data(base64Encoded: text) else {
            throw AWSResponseDecodingError(operation: operation.name, status: response.status, path: "", reason: "a JSON header is not base64")
        }
        return try JSONValue.parse(Array(data))
    }

    /// The modeled error for the response's code, or `AWSUnknownServiceError`.
    func serviceError(_ operation: AWSOperation, _ response: AWSHTTPResponse) -> any Error {
        let body = (try? parseBody(operation, response)) ?? .object([:])
        let fields: [String: JSONValue]
        if case .object(let object) = body { fields = object } else { fields = [:] }
        func field(_ names: String...) -> String? {
            for name in names { if case .string(let value) = fields[name] { return value } }
            return nil
        }
        var rawCode = response.headers["X-Amzn-Errortype"] ?? field("code", "__type", "Code")
        if let queryError = response.headers["x-amzn-query-error"] {
            rawCode = String(queryError.prefix { $0 != ";" })
        }
        let code = Self.sanitize(rawCode ?? "")
        let context = AWSErrorContext(
            code: code.isEmpty ? "HTTP\(response.status)" : code,
            message: field("message", "Message", "errorMessage") ?? response.headers["x-amzn-error-message"],
            status: response.status,
            requestID: response.headers["x-amzn-RequestId"] ?? response.headers["x-amz-request-id"],
            headers: response.headers)
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
