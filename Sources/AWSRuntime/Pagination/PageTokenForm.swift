/// A present pagination token with its wire form, which tells two tokens apart whatever their type.
struct PageTokenForm<Token: Encodable>: Equatable {
    let value: Token
    /// The token as the request body would carry it; nil when it cannot be encoded, and then it equals no
    /// other token, so that the request that sends it reports the encoding error.
    let wire: JSONValue?

    /// `token`, or nil when it is absent: nil, or an empty string, list, map or structure, or zero.
    init?(_ token: Token?) {
        guard let token else { return nil }
        let wire = try? TreeEncoder(tokenGenerator: nil).encode(token)
        switch wire {
        case .null, .string(""), .array([]), .object([:]), .int(0): return nil
        default: break
        }
        value = token
        self.wire = wire
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.wire != nil && lhs.wire == rhs.wire
    }
}
