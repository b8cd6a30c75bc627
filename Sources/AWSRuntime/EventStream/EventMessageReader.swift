/// Reads the messages of an event stream body one at a time, as its chunks arrive.
actor EventMessageReader {
    private var chunks: AWSByteStream.AsyncIterator
    private var framer = EventStreamFramer()
    private var pending: EventStreamMessage?
    private var isReading = false

    init(_ body: AWSByteStream) {
        chunks = body.makeAsyncIterator()
    }

    /// The next message, or nil at the end of the body.
    func next() async throws -> EventStreamMessage? {
        if let message = pending {
            pending = nil
            return message
        }
        guard !isReading else { throw AWSEventStreamError("an event stream is read by more than one task at a time") }
        isReading = true
        defer { isReading = false }
        while true {
            if let message = try framer.next() { return message }
            // The iterator is a reference to the stream's storage; `isReading` keeps this the only reader.
            var iterator = chunks
            let chunk = try await iterator.next(isolation: self)
            chunks = iterator
            guard let chunk else {
                if framer.hasPartialMessage { throw AWSEventStreamError("the body ends inside a message") }
                return nil
            }
            framer.append(chunk)
        }
    }

    /// Puts `message` back, to be returned by the next `next()`.
    func putBack(_ message: EventStreamMessage) {
        pending = message
    }
}
