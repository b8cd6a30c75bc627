/// Swift source literals.
enum SwiftLiteral {
    /// `text` as a one-line raw string literal, with enough `#`s that no content ends it. Line breaks are escaped.
    static func raw(_ text: String) -> String {
        guard !text.contains("\n"), !text.contains("\r") else { return string(text) }
        let hashes = rawDelimiter(text)
        return hashes + "\"" + text + "\"" + hashes
    }

    /// The `#`s a raw literal of `text` needs: more than any `"#…` or `\#…` run in the text, which would
    /// end the literal or start an escape.
    private static func rawDelimiter(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        return hashes
    }

    /// `text` as a Swift string literal; a raw literal when that avoids escapes (regex patterns).
    static func string(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) {
            return "\"" + text + "\""
        }
        let needsEscapes = text.contains("\\") || text.contains("\"")
        let hasControl = text.unicodeScalars.contains { $0.value < 0x20 }
        if needsEscapes && !hasControl { return raw(text) }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
