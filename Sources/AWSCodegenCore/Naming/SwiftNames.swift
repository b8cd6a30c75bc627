/// Turns model names into Swift identifiers.
package enum SwiftNames {
    /// Swift keywords that need backticks as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "package", "consume", "borrowing", "consuming", "some", "any",
    ]

    /// Type names that generated types must not take: Swift, Foundation and runtime names used by generated code.
    static let reservedTypeNames: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Character", "Codable", "CodingKey", "CodingKeys", "Collection", "Data",
        "Date", "Decimal", "Decodable", "Decoder", "Dictionary", "Double", "Encodable", "Encoder", "Equatable",
        "Error", "Float", "Hashable", "Int", "Int32", "Int64", "Mirror", "Never", "Optional", "Protocol", "Range",
        "Result", "Self", "Sendable", "Sequence", "Set", "String", "Substring", "Task", "Type", "URL", "UUID",
        "Void", "JSONValue", "Foundation", "Swift",
    ]

    /// Splits a model name into words at non-alphanumeric characters.
    private static func tokens(_ name: String) -> [Substring] {
        name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }

    /// `token` with its leading run of capitals lowered, keeping the last capital of a run that starts a word
    /// (`SSEDescription` gives `sseDescription`, `VPC` gives `vpc`).
    private static func lowerLeading(_ token: Substring) -> String {
        let characters = Array(token)
        if characters.allSatisfy({ !$0.isLowercase }) { return token.lowercased() }
        var upper = 0
        while upper < characters.count, characters[upper].isUppercase { upper += 1 }
        if upper <= 1 { return characters.first!.lowercased() + String(characters.dropFirst()) }
        let keep = characters[upper].isLowercase ? upper - 1 : upper
        return String(characters[..<keep]).lowercased() + String(characters[keep...])
    }

    /// lowerCamelCase from any model name (member names, enum values, operation names). Not escaped.
    package static func lowerCamel(_ name: String) -> String {
        var result = ""
        for (index, token) in tokens(name).enumerated() {
            let word = lowerLeading(token)
            if index == 0 {
                result = word
            } else {
                if let last = result.last, last.isNumber, word.first?.isNumber == true { result += "_" }
                result += word.prefix(1).uppercased() + word.dropFirst()
            }
        }
        if result.isEmpty { return "empty" }
        return result.first!.isNumber ? "_" + result : result
    }

    /// UpperCamelCase from a shape or service name. Not checked against reserved names.
    package static func upperCamel(_ name: String) -> String {
        var result = ""
        for token in tokens(name) {
            if let last = result.last, last.isNumber, token.first?.isNumber == true { result += "_" }
            result += token.prefix(1).uppercased() + token.dropFirst()
        }
        if result.isEmpty { return "Unnamed" }
        return result.first!.isNumber ? "_" + result : result
    }

    /// `identifier` in backticks when it is a keyword.
    package static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Makes `names` unique in order: a later name equal to an earlier one, or to a `taken` name,
    /// gets the smallest numeric suffix that makes it unique.
    package static func uniqued(_ names: [String], taken: Set<String> = []) -> [String] {
        var used = taken
        return names.map { name in
            var candidate = name
            var suffix = 2
            while used.contains(candidate) {
                candidate = "\(name)\(suffix)"
                suffix += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
