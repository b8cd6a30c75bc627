/// A response deserializer of a protocol with event streams: it decodes an output whose event stream member
/// reads its events as they arrive, and the shape of each event message, from its payload in the protocol's
/// format.
package protocol EventStreamDeserializer: AWSResponseDeserializer {
    /// Decodes a shape from the response's headers and body; its event stream member reads from `eventStream`.
    func decode<T: AWSDecodableShape>(
        _ type: T.Type, _ response: AWSHTTPResponse, _ operation: AWSOperation, eventStream: EventStreamContext?
    ) throws -> T

    /// Decodes the shape of an event message: header members from its typed headers, the rest from its payload.
    func decodeEvent<T: AWSDecodableShape>(_ type: T.Type, _ message: EventStreamMessage, _ operation: AWSOperation, status: Int) throws -> T
}

extension EventStreamDeserializer {
    /// Decodes a response without an event stream.
    package func decode<Output: AWSDecodableShape>(_ type: Output.Type, _ response: AWSHTTPResponse, _ operation: AWSOperation) throws -> Output {
        try decode(type, response, operation, eventStream: nil)
    }
}
