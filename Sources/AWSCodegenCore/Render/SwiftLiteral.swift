/// Swift source literals.
enum SwiftLiteral {
    /// `text` as a Swift string literal; a raw literal when that avoids escapes (regex patterns).
    static func string(_ text: String) -> String {
        let needsEscapes = text.contains("\\") || text.contains("\"")
        let hasControl = text.unicodeScalars.contains { $0.value < 0x20 }
        if needsEscapes && !hasControl && !text.contains("\"#") { return "#\"\(text)\"#" }
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
