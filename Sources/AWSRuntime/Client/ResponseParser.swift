/// Turns an HTTP response into an output value or a thrown service error, through the service's protocol
/// deserializer.
struct ResponseParser {
    let service: AWSServiceDescriptor

    func parse<Output: AWSDecodableShape>(_ operation: AWSOperation, _ response: AWSHTTPResponse, as type: Output.Type) throws -> Output {
        let deserializer = service.protocol.deserializer
        let status = deserializer.effectiveStatus(response, operation, service: service, as: type)
        guard (200..<300).contains(status) else {
            var failed = response
            failed.status = status
            throw serviceError(operation, failed)
        }
        return try deserializer.decode(type, response, operation)
    }

    /// Decodes an output that holds an event stream: the other members come from the headers and, for
    /// awsJson, from the stream's `initial-response` event; the events are read as the stream goes on, and
    /// decoded by the protocol's deserializer (JSON payloads for json and rest-json, XML for rest-xml).
    func parseStream<Output: AWSDecodableShape>(
        _ operation: AWSOperation, _ response: AWSStreamingResponse, as type: Output.Type
    ) async throws -> Output {
        guard (200..<300).contains(response.status) else { throw serviceError(operation, try await response.collected()) }
        guard let deserializer = service.protocol.deserializer as? any EventStreamDeserializer else {
            throw AWSResponseDecodingError(
                operation: operation.name, status: response.status, path: "",
                reason: "the \(service.protocol.name) protocol has no event streams")
        }
        let reader = EventMessageReader(response.body)
        var head = AWSHTTPResponse(status: response.status, headers: response.headers)
        if service.protocol.name == "json", let first = try await reader.next() {
            if first.string(":event-type") == "initial-response" { head.body = first.payload } else { await reader.putBack(first) }
        }
        let context = EventStreamContext(
            reader: reader, deserializer: deserializer, operation: operation, status: response.status, headers: response.headers)
        return try deserializer.decode(type, head, operation, eventStream: context)
    }

    /// The modeled error for the response's code, or `AWSUnknownServiceError`.
    func serviceError(_ operation: AWSOperation, _ response: AWSHTTPResponse) -> any Error {
        let fields = service.protocol.deserializer.errorFields(response, operation)
        let queryError = Self.queryError(response.headers)
        let context = AWSErrorContext(
            code: fields.code.isEmpty ? "HTTP\(response.status)" : fields.code,
            message: fields.message,
            status: response.status,
            requestID: fields.requestID,
            headers: response.headers,
            queryErrorCode: queryError?.code,
            queryErrorFault: queryError?.fault,
            region: fields.region ?? response.headers["x-amz-bucket-region"])
        guard let type = service.errors[fields.code] else {
            return AWSUnknownServiceError(context: context)
        }
        return decodeError(type, context, operation, response)
    }

    private func decodeError<E: AWSModeledError>(_ type: E.Type, _ context: AWSErrorContext,
                                                 _ operation: AWSOperation, _ response: AWSHTTPResponse) -> any Error {
        do {
            return try AWSErrorContext.$decoding.withValue(context) {
                try service.protocol.deserializer.decode(type, response, operation)
            }
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
}
