/// One pagination token of an operation: the input member a request sends it in, and where a page gives
/// the next one.
///
/// A token can be of any type the input sends: a string, a number, a map (DynamoDB's `ExclusiveStartKey`)
/// or a structure. Tokens are compared and tested for emptiness in their wire form, as botocore compares
/// the parsed JSON: a token is absent when it is nil, an empty string, list, map or structure, or zero.
@_spi(Generated) public struct AWSPageToken<Input, Output>: Sendable {
    /// What a page says about this token.
    struct Next {
        /// Whether the page has no token.
        var isAbsent: Bool
        /// Whether the page's token is the one the request was sent with.
        var repeats: Bool
        /// Puts the page's token (nil when absent) in the next input.
        var set: (inout Input) -> Void
    }

    /// This token after `output`, the page of `input`.
    let next: @Sendable (_ input: Input, _ output: Output) -> Next

    /// The token sent in the input member `member`, whose next value a page gives with the first of `page`'s
    /// readers that finds one present and not empty (as JMESPath's `a || b` picks).
    public init<Token: Encodable & Sendable>(
        _ member: WritableKeyPath<Input, Token?> & Sendable,
        from page: (@Sendable (Output) -> Token?)...
    ) {
        next = { input, output in
            let token = page.lazy.compactMap { PageTokenForm($0(output)) }.first
            return Next(
                isAbsent: token == nil,
                repeats: token == PageTokenForm(input[keyPath: member]),
                set: { $0[keyPath: member] = token?.value })
        }
    }
}
