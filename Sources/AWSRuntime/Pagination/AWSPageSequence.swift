/// The pages of a paginated operation, as an `AsyncSequence`: each element is one output.
///
/// The first request sends `input`; each next one sends it with the tokens of the page before. The pages
/// end when the output has no token (absent or empty on every token), when every token repeats the one
/// its request was sent with, or, for operations with a more-results flag, when that flag is not `true`.
public struct AWSPageSequence<Input: Sendable, Output: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Output

    var input: Input
    let fetch: @Sendable (Input) async throws -> Output
    let tokens: [AWSPageToken<Input, Output>]
    let moreResults: (@Sendable (Output) -> Bool?)?

    /// Creates a sequence that calls `fetch`, continuing with `tokens` while `moreResults` (when given) says
    /// there are more pages.
    @_spi(Generated) public init(
        input: Input,
        fetch: @escaping @Sendable (Input) async throws -> Output,
        tokens: AWSPageToken<Input, Output>...,
        moreResults: (@Sendable (Output) -> Bool?)? = nil
    ) {
        self.input = input
        self.fetch = fetch
        self.tokens = tokens
        self.moreResults = moreResults
    }

    /// The input of the page after `output`, the page of `input`; nil when `output` is the last page.
    func nextInput(after input: Input, _ output: Output) -> Input? {
        if let moreResults, moreResults(output) != true { return nil }
        let next = tokens.map { $0.next(input, output) }
        if next.allSatisfy(\.isAbsent) || next.allSatisfy(\.repeats) { return nil }
        var following = input
        for token in next { token.set(&following) }
        return following
    }

    /// The iterator.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let sequence: AWSPageSequence
        var input: Input?

        /// The next page, or nil after the last page or an error.
        public mutating func next() async throws -> Output? {
            guard let current = input else { return nil }
            input = nil
            let output = try await sequence.fetch(current)
            input = sequence.nextInput(after: current, output)
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
