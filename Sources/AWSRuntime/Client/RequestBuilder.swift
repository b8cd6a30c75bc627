import AWSCBOR
import AWSEndpointRules
import Foundation

/// Builds the HTTP request of an operation from its input, for the JSON protocols and rpc-v2-cbor.
struct RequestBuilder {
    let service: AWSServiceDescriptor
    let endpoint: AWSEndpoint
    let tokenGenerator: @Sendable () -> String

    func build<Input: AWSShape>(_ operation: AWSOperation, _ input: Input) throws -> AWSHTTPRequest {
        do {
            try input.validate(path: "")
        } catch var error as AWSValidationError {
            error.path = String(describing: Input.self) + error.path
            throw error
        }
        switch service.protocol {
        case .awsJSON(let version, let targetPrefix):
            var (request, encoded) = try jsonRequest(operation, input)
            request.path = endpoint.basePath + "/"
            request.headers.add("Content-Type", "application/x-amz-json-\(version)")
            request.headers.add("X-Amz-Target", "\(targetPrefix).\(operation.name)")
            if service.queryCompatible { request.headers.add("x-amzn-query-mode", "true") }
            request.body = encoded.body
            return request
        case .restJSON:
            return try buildRestJSON(operation, input)
        case .rpcV2CBOR(let serviceName):
            return try buildCBOR(operation, input, serviceName: serviceName)
        }
    }

    /// The request both JSON protocols start from: the input encoded, the host prefix expanded.
    private func jsonRequest<Input: AWSShape>(
        _ operation: AWSOperation, _ input: Input
    ) throws -> (AWSHTTPRequest, JSONBodyEncoder.Encoded) {
        let encoded = try encode(operation, input)
        var request = AWSHTTPRequest(method: operation.method, scheme: endpoint.scheme, host: endpoint.host, port: endpoint.port)
        // Room for the protocol's headers and the signer's (date, host, token, authorization) without growing.
        request.headers.reserveCapacity(8)
        if let hostPrefix = operation.hostPrefix {
            request.host = try expandHostPrefix(hostPrefix, encoded.values, operation) + request.host
        }
        return (request, encoded)
    }

    /// A rest-json request: bound members in the URI, query and headers, the rest (or the payload member) in
    /// the body.
    private func buildRestJSON<Input: AWSShape>(_ operation: AWSOperation, _ input: Input) throws -> AWSHTTPRequest {
        var (request, encoded) = try jsonRequest(operation, input)
        var labels: [String: String] = [:]
        var payload: (AWSMember.Location, JSONValue?)?
        request.query = operation.staticQuery
        for member in Input.awsMembers where member.location != .body {
            let value = encoded.values[member.key]
            switch member.location {
            case .uri(let name, _):
                labels[name] = value.map(Self.text)
            case .query(let name):
                if let value { addQuery(name, value, members: Input.awsMembers, to: &request.query) }
            case .header(let name):
                if let value { try addHeader(name, value, member, operation, to: &request.headers) }
            case .headers(let prefix):
                if case .object(let entries) = value {
                    for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
                        request.headers.add(prefix + key, Self.text(entry))
                    }
                }
            case .payload, .blobPayload, .stringPayload:
                payload = (member.location, value)
            case .body, .statusCode, .eventStream:
                break
            }
        }
        request.path = endpoint.basePath + (try expandPath(operation, labels))
        if let (location, value) = payload {
            try setPayload(location, value, operation, on: &request)
        } else if encoded.hasMembers || Input.awsHasBody {
            request.headers.add("Content-Type", "application/json")
            request.body = encoded.body
        }
        return request
    }

    /// An rpc-v2-cbor request: a POST to `/service/<serviceName>/operation/<name>` whose body is the CBOR map of
    /// the input's members, or no body for an operation without input (`AWSEmptyShape`).
    private func buildCBOR<Input: AWSShape>(
        _ operation: AWSOperation, _ input: Input, serviceName: String
    ) throws -> AWSHTTPRequest {
        var request = AWSHTTPRequest(method: "POST", scheme: endpoint.scheme, host: endpoint.host, port: endpoint.port)
        request.headers.reserveCapacity(9)
        request.path = endpoint.basePath + "/service/\(serviceName)/operation/\(operation.name)"
        request.headers.add("smithy-protocol", "rpc-v2-cbor")
        request.headers.add("Accept", "application/cbor")
        if service.queryCompatible { request.headers.add("x-amzn-query-mode", "true") }
        guard Input.self != AWSEmptyShape.self else { return request }
        let body = try CBORBodyEncoder(tokenGenerator: tokenGenerator).encode(input)
        if let hostPrefix = operation.hostPrefix {
            guard case .map(let members) = body else {
                throw AWSRequestError(operation: operation.name, reason: "the input did not encode as a map")
            }
            request.host = try expandHostPrefix(hostPrefix, members.compactMapValues(Self.hostLabel), operation) + request.host
        }
        request.headers.add("Content-Type", "application/cbor")
        request.body = body.encoded()
        return request
    }

    /// A host label's JSON, from the string member that holds it.
    private static func hostLabel(_ value: CBORValue) -> JSONValue? {
        if case .string(let text) = value { .string(text) } else { nil }
    }

    /// The body of `input` and the values of its bound members and host labels.
    private func encode<Input: AWSShape>(_ operation: AWSOperation, _ input: Input) throws -> JSONBodyEncoder.Encoded {
        var bindsMembers = false
        if case .restJSON = service.protocol { bindsMembers = true }
        var hostLabels: [String] = []
        if let hostPrefix = operation.hostPrefix {
            for case .label(let name, _) in AWSOperation.segments(hostPrefix) { hostLabels.append(name) }
        }
        let encoder = JSONBodyEncoder(tree: TreeEncoder(tokenGenerator: tokenGenerator), bindsMembers: bindsMembers, hostLabels: hostLabels)
        guard let encoded = try encoder.encode(input) else {
            throw AWSRequestError(operation: operation.name, reason: "the input did not encode as an object")
        }
        return encoded
    }

    /// Scalar text for URI labels, query values and headers.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): string
        case .int(let int): String(int)
        case .double(let double): String(double)
        case .bool(let bool): bool ? "true" : "false"
        case .null: ""
        case .array, .object: String(decoding: value.serialized(), as: UTF8.self)
        }
    }

    private func expandPath(_ operation: AWSOperation, _ labels: [String: String]) throws -> String {
        var path = ""
        for segment in operation.pathSegments {
            switch segment {
            case .literal(let literal):
                path += literal
            case .label(let name, let greedy):
                guard let value = labels[name], !value.isEmpty else {
                    throw AWSRequestError(operation: operation.name, reason: "the URI label '\(name)' is missing or empty")
                }
                path += PercentEncoding.encode(value, keepSlash: greedy)
            }
        }
        return path
    }

    private func expandHostPrefix(_ template: String, _ values: [String: JSONValue], _ operation: AWSOperation) throws -> String {
        var result = ""
        for segment in AWSOperation.segments(template) {
            switch segment {
            case .literal(let literal):
                result += literal
            case .label(let name, _):
                guard let value = values[name].map(Self.text), !value.isEmpty else {
                    throw AWSRequestError(operation: operation.name, reason: "the host label '\(name)' is missing or empty")
                }
                result += value
            }
        }
        return result
    }

    /// Adds a query member; a map's entries are added unless one of `members` is bound to that name.
    private func addQuery(_ name: String, _ value: JSONValue, members: [AWSMember],
                          to query: inout [AWSHTTPRequest.QueryItem]) {
        func add(_ key: String, _ text: String) {
            query.append(AWSHTTPRequest.QueryItem(name: PercentEncoding.encode(key), value: PercentEncoding.encode(text)))
        }
        switch value {
        case .array(let elements):
            for element in elements { add(name, Self.text(element)) }
        case .object(let entries):
            let bound = members.compactMap { member -> String? in
                if case .query(let name) = member.location { PercentEncoding.encode(name) } else { nil }
            }
            let explicit = Set(bound + query.map(\.name))
            for (key, entry) in entries.sorted(by: { $0.key < $1.key }) where !explicit.contains(PercentEncoding.encode(key)) {
                if case .array(let elements) = entry {
                    for element in elements { add(key, Self.text(element)) }
                } else {
                    add(key, Self.text(entry))
                }
            }
        default:
            add(name, Self.text(value))
        }
    }

    private func addHeader(_ name: String, _ value: JSONValue, _ member: AWSMember, _ operation: AWSOperation,
                           to headers: inout AWSHTTPHeaders) throws {
        if member.isJSONValue {
            headers.add(name, Data(value.serialized()).base64EncodedString())
            return
        }
        if case .array(let elements) = value {
            guard !elements.isEmpty else { return }
            let items = elements.map { element -> String in
                let text = Self.text(element)
                if case .string = element, text.contains(",") || text.contains("\"") {
                    if member.effectiveTimestampFormat == .rfc822, TimestampCoding.parseHTTPDate(text) != nil { return text }
                    return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                }
                return text
            }
            headers.add(name, items.joined(separator: ", "))
            return
        }
        headers.add(name, Self.text(value))
    }

    private func setPayload(_ location: AWSMember.Location, _ value: JSONValue?, _ operation: AWSOperation,
                            on request: inout AWSHTTPRequest) throws {
        switch location {
        case .blobPayload:
            if request.headers["Content-Type"] == nil { request.headers.add("Content-Type", "application/octet-stream") }
            guard case .string(let base64) = value else { return }
            guard let data = Data(base64Encoded: base64) else {
                throw AWSRequestError(operation: operation.name, reason: "the payload is not valid base64")
            }
            request.body = Array(data)
        case .stringPayload:
            guard case .string(let text) = value else { return }
            if request.headers["Content-Type"] == nil { request.headers.add("Content-Type", "text/plain") }
            request.body = Array(text.utf8)
        default:
            request.headers.add("Content-Type", "application/json")
            request.body = value?.serialized() ?? Array("{}".utf8)
        }
    }
}
