/// The pages of a paginated operation, as an `AsyncSequence`: each element is one output. It stops when
/// the output has no next token, or repeats the token it was asked with.
public struct AWSPageSequence<Input: Sendable, Output: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Output

    let input: Input
    let fetch: @Sendable (Input) async throws -> Output
    let nextToken: @Sendable (Output) -> String?
    let setToken: @Sendable (inout Input, String) -> Void

    /// Creates a sequence that calls `fetch`, reading the next token with `nextToken` and setting it on the
    /// next input with `setToken`.
    public init(
        input: Input,
        fetch: @escaping @Sendable (Input) async throws -> Output,
        nextToken: @escaping @Sendable (Output) -> String?,
        setToken: @escaping @Sendable (inout Input, String) -> Void
    ) {
        self.input = input
        self.fetch = fetch
        self.nextToken = nextToken
        self.setToken = setToken
    }

    /// The iterator.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let sequence: AWSPageSequence
        var input: Input?
        var seen: Set<String> = []

        /// The next page, or nil after the last.
        public mutating func next() async throws -> Output? {
            guard let current = input else { return nil }
            let output = try await sequence.fetch(current)
            if let token = sequence.nextToken(output), !token.isEmpty, seen.insert(token).inserted {
                var following = current
                sequence.setToken(&following, token)
                input = following
            } else {
                input = nil
            }
            return output
        }
    }

    /// Starts at the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(sequence: self, input: input)
    }

    /// The items of every page, flattened.
    public func items<Item: Sendable>(_ items: @escaping @Sendable (Output) -> [Item]) -> AWSItemSequence<Input, Output, Item> {
        AWSItemSequence(pages: self, items: items)
    }
}

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
