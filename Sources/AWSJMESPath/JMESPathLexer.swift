import AWSJSON

/// One token of a JMESPath expression.
struct JMESPathToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case quotedIdentifier(String)
        case literal(JSONValue)
        case number(Int)
        case dot, star, flatten, filter, lbracket, rbracket, lbrace, rbrace, lparen, rparen
        case comma, colon, current, expref, pipe, or, and, not
        case comparator(JMESPathNode.Comparator)
        case eof
    }

    var kind: Kind
    /// Offset of the token's first scalar.
    var offset: Int
}

/// Splits a JMESPath expression into tokens.
struct JMESPathLexer {
    private let scalars: [Unicode.Scalar]
    private let text: String
    private var index = 0

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    /// All tokens, ending with `.eof`.
    static func tokens(_ text: String) throws(JMESPathError) -> [JMESPathToken] {
        var lexer = JMESPathLexer(text)
        var tokens: [JMESPathToken] = []
        repeat {
            tokens.append(try lexer.next())
        } while tokens.last?.kind != .eof
        return tokens
    }

    private func error(_ message: String, at offset: Int) -> JMESPathError {
        JMESPathError(.syntax, expression: text, offset: offset, message: message)
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    /// Consumes `scalar` when it comes next.
    private mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard peek() == scalar else { return false }
        index += 1
        return true
    }

    private mutating func next() throws(JMESPathError) -> JMESPathToken {
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { index += 1 }
        let start = index
        guard let scalar = peek() else { return JMESPathToken(kind: .eof, offset: start) }
        index += 1
        func token(_ kind: JMESPathToken.Kind) -> JMESPathToken { JMESPathToken(kind: kind, offset: start) }
        switch scalar {
        case ".": return token(.dot)
        case "*": return token(.star)
        case "]": return token(.rbracket)
        case "{": return token(.lbrace)
        case "}": return token(.rbrace)
        case "(": return token(.lparen)
        case ")": return token(.rparen)
        case ",": return token(.comma)
        case ":": return token(.colon)
        case "@": return token(.current)
        case "[":
            if skip("]") { return token(.flatten) }
            return token(skip("?") ? .filter : .lbracket)
        case "|": return token(skip("|") ? .or : .pipe)
        case "&": return token(skip("&") ? .and : .expref)
        case "!": return token(skip("=") ? .comparator(.notEqual) : .not)
        case "<": return token(.comparator(skip("=") ? .lessOrEqual : .less))
        case ">": return token(.comparator(skip("=") ? .greaterOrEqual : .greater))
        case "=":
            guard skip("=") else { throw error("expected '==' but found '='", at: start) }
            return token(.comparator(.equal))
        case "'": return token(.literal(.string(try delimited(by: "'", from: start))))
        case "`":
            let json = try delimited(by: "`", from: start)
            guard let value = try? JSONValue.parse(json) else { throw error("invalid JSON literal `\(json)`", at: start) }
            return token(.literal(value))
        case "\"":
            let body = try delimited(by: "\"", from: start, unescape: false)
            guard case .string(let name)? = try? JSONValue.parse("\"" + body + "\"") else {
                throw error("invalid quoted identifier", at: start)
            }
            return token(.quotedIdentifier(name))
        case "-", "0"..."9":
            while let digit = peek(), ("0"..."9").contains(digit) { index += 1 }
            guard let number = Int(String(String.UnicodeScalarView(scalars[start..<index]))) else {
                throw error("invalid number", at: start)
            }
            return token(.number(number))
        default:
            guard Self.isIdentifierStart(scalar) else { throw error("unexpected character '\(scalar)'", at: start) }
            while let next = peek(), Self.isIdentifierStart(next) || ("0"..."9").contains(next) { index += 1 }
            return token(.identifier(String(String.UnicodeScalarView(scalars[start..<index]))))
        }
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    /// The text up to the closing `delimiter`, which a backslash escapes. With `unescape`, `\<delimiter>`
    /// becomes the delimiter and other backslashes stay; without, the text is returned as written.
    private mutating func delimited(by delimiter: Unicode.Scalar, from start: Int, unescape: Bool = true) throws(JMESPathError) -> String {
        var result = String.UnicodeScalarView()
        while let scalar = peek() {
            index += 1
            if scalar == delimiter { return String(result) }
            if scalar == "\\", let escaped = peek() {
                index += 1
                if !unescape || escaped != delimiter { result.append(scalar) }
                result.append(escaped)
            } else {
                result.append(scalar)
            }
        }
        throw error("unterminated \(delimiter)", at: start)
    }
}
