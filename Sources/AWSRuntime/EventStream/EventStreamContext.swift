/// What reading the events of one response needs: its message reader and how to decode messages.
package struct EventStreamContext: Sendable {
    /// The key under which `TreeDecoder` hands the context to `AWSEventStream`.
    static let key = CodingUserInfoKey(rawValue: "AWSEventStreamContext")!

    let reader: EventMessageReader
    let deserializer: any EventStreamDeserializer
    let operation: AWSOperation
    let status: Int
    let headers: AWSHTTPHeaders

    /// The next event, skipping an initial response; nil at the end of the stream.
    func nextEvent<Event: AWSEventUnion>(_ type: Event.Type) async throws -> Event? {
        while let message = try await reader.next() {
            let decoder = AWSEventDecoder(message: message, context: self)
            switch message.string(":message-type") {
            case "event":
                guard let eventType = message.string(":event-type") else {
                    throw AWSEventStreamError("an event message has no :event-type header")
                }
                if eventType == "initial-response" { continue }
                return try decoding { try Event.awsEvent(eventType, decoder) }
            case "exception":
                let name = message.string(":exception-type") ?? ""
                _ = try decoding { try Event.awsEvent(name, decoder) }
                throw AWSUnknownServiceError(context: errorContext(code: name, message: message))
            case "error":
                var context = errorContext(code: message.string(":error-code") ?? "", message: message)
                context.message = message.string(":error-message")
                throw AWSUnknownServiceError(context: context)
            case let type:
                throw AWSEventStreamError("a message has the unknown :message-type '\(type ?? "")'")
            }
        }
        return nil
    }

    /// The context of an error that a message carries: its code, and the message of its payload when that is JSON.
    func errorContext(code: String, message: EventStreamMessage) -> AWSErrorContext {
        var text: String?
        if case .object(let fields)? = try? JSONValue.parse(message.payload) {
            for name in ["message", "Message"] { if case .string(let value)? = fields[name] { text = value; break } }
        }
        return AWSErrorContext(code: code, message: text, status: status,
                               requestID: HTTPResponseBindings.requestID(headers), headers: headers)
    }

    /// Runs `body`, reporting a shape that does not match as `AWSResponseDecodingError`.
    private func decoding<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DecodingError {
            throw HTTPResponseBindings.decodingError(error, operation, status)
        }
    }
}
