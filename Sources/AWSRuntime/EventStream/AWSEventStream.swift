/// The events of an operation's output, in the order the service sends them, as they arrive.
///
/// Read it once, from one task, with `for try await event in output.stream`. Iteration throws the
/// modeled error of an exception message, `AWSUnknownServiceError` for an error message,
/// `AWSEventStreamError` for a malformed body and `AWSTransportError` when the connection fails.
/// Tests build one from events with `init(_:)`.
///
/// It is `Codable` only so that outputs stay `Codable`: it decodes from a response alone, and encodes as null.
public struct AWSEventStream<Event: AWSEventUnion>: AsyncSequence, Sendable, Codable {
    public typealias Element = Event
    public typealias AsyncIterator = AsyncThrowingStream<Event, any Error>.Iterator

    private let events: AsyncThrowingStream<Event, any Error>

    /// A stream of `events`, such as a stubbed client returns.
    public init(_ events: some Sequence<Event>) {
        let (stream, continuation) = AsyncThrowingStream<Event, any Error>.makeStream()
        for event in events { continuation.yield(event) }
        continuation.finish()
        self.events = stream
    }

    /// A stream of the events `stream` yields.
    public init(_ stream: AsyncThrowingStream<Event, any Error>) {
        events = stream
    }

    /// Reads the events of the response being decoded.
    public init(from decoder: any Decoder) throws {
        guard let context = decoder.userInfo[EventStreamContext.key] as? EventStreamContext else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "an event stream is read from a response only"))
        }
        events = AsyncThrowingStream { try await context.nextEvent(Event.self) }
    }

    /// Encodes null: the events are read, not encoded.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }

    public func makeAsyncIterator() -> AsyncIterator {
        events.makeAsyncIterator()
    }
}

/// The union of the events of an event stream; generated for each event stream of a model.
public protocol AWSEventUnion: AWSDecodableShape {
    /// The event of a message whose `:event-type` (or `:exception-type`) is `type`: decodes the member's
    /// shape, throws the modeled error of an exception member, and is the unknown case for other names.
    @_spi(Generated) static func awsEvent(_ type: String, _ decoder: AWSEventDecoder) throws -> Self
}

/// Decodes the shape of one event stream message: header members from its headers, the payload member
/// from its payload, the other members from its JSON payload.
@_spi(Generated) public struct AWSEventDecoder: Sendable {
    let message: EventStreamMessage
    let context: EventStreamContext

    /// The message as a `T`.
    public func decode<T: AWSDecodableShape>(_ type: T.Type) throws -> T {
        try context.deserializer.decodeEvent(type, message, context.operation, status: context.status)
    }

    /// The message as the modeled error `E`, to throw.
    public func error<E: AWSModeledError>(_ type: E.Type) -> any Error {
        do {
            let errorContext = context.errorContext(code: message.string(":exception-type") ?? "", message: message)
            return try AWSErrorContext.$decoding.withValue(errorContext) { try decode(type) }
        } catch {
            return error
        }
    }
}
