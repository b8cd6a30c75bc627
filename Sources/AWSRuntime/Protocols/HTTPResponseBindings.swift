import Foundation

/// The members of a response that come from outside the body, for rest-json and rest-xml (and the event streams
/// of the JSON protocols): headers, prefixed headers, the status code, and an event stream's placeholder.
package enum HTTPResponseBindings {
    /// The values of `members` that the response's head holds, by coding key, as JSON: headers as strings (or the
    /// JSON a JSON-value header holds), prefixed headers as an object, the status as a number.
    package static func members(
        _ members: [AWSMember], _ response: AWSHTTPResponse, _ operation: AWSOperation
    ) throws -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for member in members {
            switch member.location {
            case .header(let name):
                if let value = response.headers[name] {
                    let all = response.headers.values(name)
                    let text = all.count > 1 ? all.joined(separator: ", ") : value
                    values[member.key] = member.isJSONValue ? try jsonHeader(text, operation, response) : .string(text)
                }
            case .headers(let prefix):
                var entries: [String: JSONValue] = [:]
                let lowercased = prefix.lowercased()
                for field in response.headers where field.name.lowercased().hasPrefix(lowercased) {
                    entries[String(field.name.dropFirst(prefix.count))] = .string(field.value)
                }
                values[member.key] = .object(entries)
            case .statusCode:
                values[member.key] = .int(Int64(response.status))
            case .eventStream:
                // A placeholder: the member reads its events from the decoder's event stream.
                values[member.key] = .object([:])
            default:
                break
            }
        }
        return values
    }

    private static func jsonHeader(_ text: String, _ operation: AWSOperation, _ response: AWSHTTPResponse) throws -> JSONValue {
        guard let data = Data(base64Encoded: text) else {
            throw AWSResponseDecodingError(operation: operation.name, status: response.status, path: "", reason: "a JSON header is not base64")
        }
        do {
            return try JSONValue.parse(Array(data))
        } catch {
            throw AWSResponseDecodingError(operation: operation.name, status: response.status, path: "", reason: "a JSON header holds no JSON: \(error)")
        }
    }

    /// The request id of a response: its `x-amzn-RequestId` or `x-amz-request-id` header.
    package static func requestID(_ headers: AWSHTTPHeaders) -> String? {
        headers["x-amzn-RequestId"] ?? headers["x-amz-request-id"]
    }

    /// An error code without a namespace (`aws.protocoltests#Foo`) or a suffix after `:`.
    package static func sanitizedCode(_ code: String) -> String {
        var result = Substring(code)
        if let colon = result.firstIndex(of: ":") { result = result[..<colon] }
        if let hash = result.lastIndex(of: "#") { result = result[result.index(after: hash)...] }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// Turns a `DecodingError` into the `AWSResponseDecodingError` that names the operation and the path of the
    /// member that did not match.
    package static func decodingError(_ error: DecodingError, _ operation: AWSOperation, _ status: Int) -> AWSResponseDecodingError {
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
