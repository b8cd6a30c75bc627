/// A rules-language string with placeholders: `{Name}` inserts a string from the scope,
/// `{Name#path}` a string attribute of a scope value, and `{{` / `}}` are literal braces.
struct StringTemplate: Sendable {
    enum Part: Sendable, Equatable {
        case literal(String)
        case reference(Int)
        case attribute(Int, AttributePath)
    }

    let parts: [Part]
    /// The UTF-8 length of the literal parts, the least a rendering takes.
    let literalByteCount: Int

    /// Why a template string could not be parsed.
    enum ParseError: Error {
        case unterminatedPlaceholder
        case invalidPlaceholder(String)
        case unknownName(String)
    }

    /// Parses `text`, resolving names to scope slots with `slot`.
    ///
    /// A lone `}` is kept as a literal brace.
    init(_ text: String, slot: (String) -> Int?) throws(ParseError) {
        var parts = [Part]()
        var literal = ""
        var rest = Substring(text)
        while let character = rest.first {
            rest = rest.dropFirst()
            switch character {
            case "{" where rest.first == "{", "}" where rest.first == "}":
                literal.append(character)
                rest = rest.dropFirst()
            case "{":
                guard let close = rest.firstIndex(of: "}") else { throw .unterminatedPlaceholder }
                let placeholder = rest[..<close]
                rest = rest[rest.index(after: close)...]
                if !literal.isEmpty {
                    parts.append(.literal(literal))
                    literal = ""
                }
                parts.append(try Self.part(for: placeholder, slot: slot))
            default:
                literal.append(character)
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
        literalByteCount = parts.reduce(0) { count, part in
            if case .literal(let text) = part { count + text.utf8.count } else { count }
        }
    }

    private static func part(for placeholder: Substring, slot: (String) -> Int?) throws(ParseError) -> Part {
        let pieces = placeholder.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(pieces[0])
        guard !name.isEmpty else { throw .invalidPlaceholder(String(placeholder)) }
        guard let index = slot(name) else { throw .unknownName(name) }
        guard pieces.count == 2 else { return .reference(index) }
        guard let path = AttributePath(String(pieces[1])) else { throw .invalidPlaceholder(String(placeholder)) }
        return .attribute(index, path)
    }

    /// The text when the template has no placeholders, else `nil`.
    var plainText: String? {
        switch parts.count {
        case 0: ""
        case 1: if case .literal(let text) = parts[0] { text } else { nil }
        default: nil
        }
    }
}
