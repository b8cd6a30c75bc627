/// The items of every page of a paginated operation, as one `AsyncSequence`.
public struct AWSItemSequence<Input: Sendable, Output: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    let pages: AWSPageSequence<Input, Output>
    let items: @Sendable (Output) -> [Item]

    /// The iterator.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: AWSPageSequence<Input, Output>.AsyncIterator
        let items: @Sendable (Output) -> [Item]
        var buffer: [Item] = []
        var index = 0

        /// The next item, or nil after the last page's last item.
        public mutating func next() async throws -> Item? {
            while index >= buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = items(page)
                index = 0
            }
            defer { index += 1 }
            return buffer[index]
        }
    }

    /// Starts at the first item of the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), items: items)
    }
}
