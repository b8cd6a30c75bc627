/// A Pratt parser for JMESPath, after the reference implementation's: each token has a binding power,
/// a prefix rule (`nud`) and an infix rule (`led`).
struct JMESPathParser {
    private let text: String
    private let tokens: [JMESPathToken]
    private var position = 0
    /// How many expressions the current one is inside.
    private var depth = 0

    /// How deep expressions may nest (brackets, braces, parentheses, function arguments, `!`, chained projections):
    /// deeper is a syntax error, not a stack overflow. Models' expressions nest a few levels.
    static let maximumNestingDepth = 256

    /// Tokens that bind less than this end the right-hand side of a projection.
    private static let projectionStop = 10

    private init(text: String, tokens: [JMESPathToken]) {
        self.text = text
        self.tokens = tokens
    }

    /// Parses a whole expression.
    static func parse(_ text: String) throws(JMESPathError) -> JMESPathNode {
        var parser = JMESPathParser(text: text, tokens: try JMESPathLexer.tokens(text))
        let node = try parser.expression(0)
        guard parser.current.kind == .eof else { throw parser.unexpected() }
        return node
    }

    private var current: JMESPathToken { tokens[position] }

    private func next(_ ahead: Int) -> JMESPathToken.Kind { tokens[min(position + ahead, tokens.count - 1)].kind }

    private mutating func advance() { position = min(position + 1, tokens.count - 1) }

    /// A syntax error at `token`, by default the current one.
    private func unexpected(_ expected: String? = nil, at token: JMESPathToken? = nil) -> JMESPathError {
        let token = token ?? current
        let atEnd = token.kind == .eof
        let message = expected.map { "expected \($0), found " + (atEnd ? "the end" : "another token") }
            ?? (atEnd ? "unexpected end of the expression" : "unexpected token")
        return JMESPathError(.syntax, expression: text, offset: token.offset, message: message)
    }

    private mutating func expect(_ kind: JMESPathToken.Kind, _ description: String) throws(JMESPathError) {
        guard current.kind == kind else { throw unexpected(description) }
        advance()
    }

    private static func bindingPower(_ kind: JMESPathToken.Kind) -> Int {
        switch kind {
        case .pipe: 1
        case .or: 2
        case .and: 3
        case .comparator: 5
        case .flatten: 9
        case .star: 20
        case .filter: 21
        case .dot: 40
        case .not: 45
        case .lbrace: 50
        case .lbracket: 55
        case .lparen: 60
        default: 0
        }
    }

    private mutating func expression(_ power: Int) throws(JMESPathError) -> JMESPathNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumNestingDepth else {
            throw JMESPathError(
                .syntax, expression: text, offset: current.offset,
                message: "the expression nests more than \(Self.maximumNestingDepth) levels deep")
        }
        let token = current
        advance()
        var left = try nud(token)
        while power < Self.bindingPower(current.kind) {
            let operatorToken = current
            advance()
            left = try led(operatorToken, left)
        }
        return left
    }

    private mutating func nud(_ token: JMESPathToken) throws(JMESPathError) -> JMESPathNode {
        switch token.kind {
        case .literal(let value): return .literal(value)
        case .identifier(let name): return .field(name)
        case .quotedIdentifier(let name):
            guard current.kind != .lparen else { throw unexpected("no function call on a quoted identifier") }
            return .field(name)
        case .current: return .current
        case .star:
            let right = current.kind == .rbracket ? JMESPathNode.current : try projectionRHS(Self.bindingPower(.star))
            return .valueProjection(.current, right)
        case .filter: return try led(token, .current)
        case .flatten: return try led(token, .current)
        case .lbrace: return try multiSelectHash()
        case .lparen:
            let inner = try expression(0)
            try expect(.rparen, "')'")
            return inner
        case .not: return .not(try expression(Self.bindingPower(.not)))
        case .lbracket:
            if case .number = current.kind { return try indexOrSlice(.current) }
            if current.kind == .colon { return try indexOrSlice(.current) }
            if current.kind == .star, next(1) == .rbracket {
                advance()
                advance()
                return .projection(.current, try projectionRHS(Self.bindingPower(.star)))
            }
            return try multiSelectList()
        default:
            throw unexpected(at: token)
        }
    }

    private mutating func led(_ token: JMESPathToken, _ left: JMESPathNode) throws(JMESPathError) -> JMESPathNode {
        switch token.kind {
        case .dot:
            guard current.kind == .star else { return .subexpression(left, try dotRHS(Self.bindingPower(.dot))) }
            advance()
            return .valueProjection(left, try projectionRHS(Self.bindingPower(.dot)))
        case .pipe: return .pipe(left, try expression(Self.bindingPower(.pipe)))
        case .or: return .or(left, try expression(Self.bindingPower(.or)))
        case .and: return .and(left, try expression(Self.bindingPower(.and)))
        case .comparator(let comparator): return .comparison(comparator, left, try expression(Self.bindingPower(token.kind)))
        case .flatten: return .projection(.flatten(left), try projectionRHS(Self.bindingPower(.flatten)))
        case .filter:
            let condition = try expression(0)
            try expect(.rbracket, "']'")
            let right = current.kind == .flatten ? JMESPathNode.current : try projectionRHS(Self.bindingPower(.filter))
            return .filterProjection(left, condition: condition, right)
        case .lbracket:
            if case .number = current.kind { return try indexOrSlice(left) }
            if current.kind == .colon { return try indexOrSlice(left) }
            try expect(.star, "a number, ':' or '*'")
            try expect(.rbracket, "']'")
            return .projection(left, try projectionRHS(Self.bindingPower(.star)))
        case .lparen:
            guard case .field(let name) = left else { throw unexpected("a function name before '('", at: token) }
            return try functionCall(name, at: token.offset)
        default:
            throw unexpected(at: token)
        }
    }

    /// After `[`: `n]`, or a slice `start:stop:step]`, which projects what follows.
    private mutating func indexOrSlice(_ left: JMESPathNode) throws(JMESPathError) -> JMESPathNode {
        var parts: [Int?] = [nil]
        while current.kind != .rbracket {
            switch current.kind {
            case .colon where parts.count < 3: parts.append(nil)
            case .number(let number) where parts[parts.count - 1] == nil: parts[parts.count - 1] = number
            default: throw unexpected("a number, ':' or ']'")
            }
            advance()
        }
        advance()
        if parts.count == 1, let index = parts[0] { return .subexpression(left, .index(index)) }
        let step = parts.count == 3 ? parts[2] ?? 1 : 1
        guard step != 0 else {
            throw JMESPathError(.invalidValue, expression: text, offset: current.offset, message: "a slice step cannot be 0")
        }
        let slice = JMESPathNode.slice(start: parts[0], stop: parts.count > 1 ? parts[1] : nil, step: step)
        return .projection(.subexpression(left, slice), try projectionRHS(Self.bindingPower(.star)))
    }

    /// What follows a projection: nothing, or `[...]`, `[?...]` or `.name`.
    private mutating func projectionRHS(_ power: Int) throws(JMESPathError) -> JMESPathNode {
        if Self.bindingPower(current.kind) < Self.projectionStop { return .current }
        switch current.kind {
        case .lbracket, .filter:
            return try expression(power)
        case .dot:
            advance()
            return try dotRHS(power)
        default:
            throw unexpected("'.', '[' or the end of the projection")
        }
    }

    /// What follows a `.`: an identifier, `*`, a multi-select list or a multi-select hash.
    private mutating func dotRHS(_ power: Int) throws(JMESPathError) -> JMESPathNode {
        switch current.kind {
        case .identifier, .quotedIdentifier, .star:
            return try expression(power)
        case .lbracket:
            advance()
            return try multiSelectList()
        case .lbrace:
            advance()
            return try multiSelectHash()
        default:
            throw unexpected("an identifier, '*', '[' or '{' after '.'")
        }
    }

    /// After `[`: `a, b]`.
    private mutating func multiSelectList() throws(JMESPathError) -> JMESPathNode {
        var elements: [JMESPathNode] = []
        repeat {
            if !elements.isEmpty { advance() }
            elements.append(try expression(0))
        } while current.kind == .comma
        try expect(.rbracket, "',' or ']'")
        return .multiSelectList(elements)
    }

    /// After `{`: `key: a, other: b}`.
    private mutating func multiSelectHash() throws(JMESPathError) -> JMESPathNode {
        var members: [(key: String, value: JMESPathNode)] = []
        repeat {
            if !members.isEmpty { advance() }
            let key: String
            switch current.kind {
            case .identifier(let name), .quotedIdentifier(let name): key = name
            default: throw unexpected("a key")
            }
            advance()
            try expect(.colon, "':'")
            members.append((key, try expression(0)))
        } while current.kind == .comma
        try expect(.rbrace, "',' or '}'")
        return .multiSelectHash(members)
    }

    /// After `name(`: the arguments and `)`.
    private mutating func functionCall(_ name: String, at offset: Int) throws(JMESPathError) -> JMESPathNode {
        guard let function = JMESPathFunction(rawValue: name) else {
            throw JMESPathError(.unknownFunction, expression: text, offset: offset, message: "unknown function \(name)()")
        }
        var arguments: [JMESPathArgument<JMESPathNode>] = []
        while current.kind != .rparen {
            if !arguments.isEmpty { try expect(.comma, "',' or ')'") }
            if current.kind == .expref {
                advance()
                arguments.append(.expression(try expression(0)))
            } else {
                arguments.append(.value(try expression(0)))
            }
        }
        advance()
        let count = arguments.count, expected = function.parameterCount
        guard function.isVariadic ? count >= expected : count == expected else {
            let takes = function.isVariadic ? "\(expected) or more" : "\(expected)"
            throw JMESPathError(.invalidArity, expression: text, offset: offset, message: "\(name)() takes \(takes) arguments, got \(count)")
        }
        return .function(function, arguments)
    }
}
