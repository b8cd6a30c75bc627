import AWSEndpointRules
import Foundation

/// The HTTP bindings that rest-json and rest-xml share: members bound to URI labels, query parameters,
/// headers and prefixed headers, the host prefix, and raw (blob and string) payloads.
package enum HTTPBindings {
    /// Sets the request's path, query and headers from the bound members of an input, given the members'
    /// values by coding key; returns the payload member and its value when the input has one.
    package static func apply(
        _ members: [AWSMember], _ values: [String: JSONValue], _ operation: AWSOperation, _ context: AWSRequestContext,
        to request: inout AWSHTTPRequest
    ) throws -> (AWSMember.Location, JSONValue?)? {
        // Few per operation: searched in order rather than hashed.
        var labels: [(name: String, value: String?)] = []
        var payload: (AWSMember.Location, JSONValue?)?
        request.query = operation.staticQuery
        for member in members where member.location != .body {
            let value = values[member.key]
            switch member.location {
            case .uri(let name, _):
                labels.append((name, value.map(text)))
            case .query(let name):
                if let value { addQuery(name, value, members: members, to: &request.query) }
            case .header(let name):
                if let value { addHeader(name, value, member, to: &request.headers) }
            case .headers(let prefix):
                if case .object(let entries) = value {
                    for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
                        request.headers.add(prefix + key, text(entry))
                    }
                }
            case .payload, .blobPayload, .streamingPayload, .stringPayload:
                payload = (member.location, value)
            case .body, .statusCode, .eventStream:
                break
            }
        }
        request.path = context.endpoint.basePath + (try expandPath(operation, labels))
        // An operation whose URI the endpoint holds whole (S3's `/{Bucket}` on a virtual-hosted endpoint) asks for
        // the root.
        if request.path.isEmpty { request.path = "/" }
        return payload
    }

    /// Sets a blob or string payload as the body, with its default content type; false for a structure
    /// payload, which the protocol encodes.
    package static func setRawPayload(
        _ location: AWSMember.Location, _ value: JSONValue?, _ operation: AWSOperation, on request: inout AWSHTTPRequest
    ) throws -> Bool {
        switch location {
        case .blobPayload, .streamingPayload:
            if request.headers["Content-Type"] == nil { request.headers.add("Content-Type", "application/octet-stream") }
            guard case .string(let base64) = value else { return true }
            guard let data = Data(base64Encoded: base64) else {
                throw AWSRequestError(operation: operation.name, reason: "the payload is not valid base64")
            }
            request.body = Array(data)
            return true
        case .stringPayload:
            guard case .string(let text) = value else { return true }
            if request.headers["Content-Type"] == nil { request.headers.add("Content-Type", "text/plain") }
            request.body = Array(text.utf8)
            return true
        default:
            return false
        }
    }

    /// The host prefix template with its labels filled in from `values`.
    package static func expandHostPrefix(_ template: String, _ values: [String: JSONValue], _ operation: AWSOperation) throws -> String {
        var result = ""
        for segment in AWSOperation.segments(template) {
            switch segment {
            case .literal(let literal):
                result += literal
            case .label(let name, _):
                guard let value = values[name].map(text), !value.isEmpty else {
                    throw AWSRequestError(operation: operation.name, reason: "the host label '\(name)' is missing or empty")
                }
                result += value
            }
        }
        return result
    }

    /// Scalar text for URI labels, query values and headers.
    package static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): string
        case .int(let int): String(int)
        case .double(let double): String(double)
        case .bool(let bool): bool ? "true" : "false"
        case .null: ""
        case .array, .object: String(decoding: value.serialized(), as: UTF8.self)
        }
    }

    private static func expandPath(_ operation: AWSOperation, _ labels: [(name: String, value: String?)]) throws -> String {
        var path = ""
        for segment in operation.pathSegments {
            switch segment {
            case .literal(let literal):
                path += literal
            case .label(let name, let greedy):
                guard let value = labels.last(where: { $0.name == name })?.value, !value.isEmpty else {
                    throw AWSRequestError(operation: operation.name, reason: "the URI label '\(name)' is missing or empty")
                }
                path += PercentEncoding.encode(value, keepSlash: greedy)
            }
        }
        return path
    }

    /// Adds a query member; a map's entries are added unless one of `members` is bound to that name.
    private static func addQuery(_ name: String, _ value: JSONValue, members: [AWSMember],
                                 to query: inout [AWSHTTPRequest.QueryItem]) {
        func add(_ key: String, _ text: String) {
            query.append(AWSHTTPRequest.QueryItem(name: PercentEncoding.encode(key), value: PercentEncoding.encode(text)))
        }
        switch value {
        case .array(let elements):
            for element in elements { add(name, text(element)) }
        case .object(let entries):
            let bound = members.compactMap { member -> String? in
                if case .query(let name) = member.location { PercentEncoding.encode(name) } else { nil }
            }
            let explicit = Set(bound + query.map(\.name))
            for (key, entry) in entries.sorted(by: { $0.key < $1.key }) where !explicit.contains(PercentEncoding.encode(key)) {
                if case .array(let elements) = entry {
                    for element in elements { add(key, text(element)) }
                } else {
                    add(key, text(entry))
                }
            }
        default:
            add(name, text(value))
        }
    }

    private static func addHeader(_ name: String, _ value: JSONValue, _ member: AWSMember, to headers: inout AWSHTTPHeaders) {
        if member.isJSONValue {
            headers.add(name, Data(value.serialized()).base64EncodedString())
            return
        }
        if case .array(let elements) = value {
            guard !elements.isEmpty else { return }
            let items = elements.map { element -> String in
                let text = text(element)
                if case .string = element, text.contains(",") || text.contains("\"") {
                    if member.effectiveTimestampFormat == .rfc822, TimestampCoding.parseHTTPDate(text) != nil { return text }
                    return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                }
                return text
            }
            headers.add(name, items.joined(separator: ", "))
            return
        }
        headers.add(name, text(value))
    }
}
