/// Swift source literals.
enum SwiftLiteral {
    /// `text` as a one-line raw string literal, with enough `#`s that no content ends it. Line breaks are escaped.
    static func raw(_ text: String) -> String {
        // Plain ASCII without line breaks (an endpoint rule set of hundreds of kilobytes) is measured on bytes; other
        // text by `Character`s, as it always was.
        if let hashes = asciiRawDelimiter(text) { return hashes + "\"" + text + "\"" + hashes }
        guard !text.contains("\n"), !text.contains("\r") else { return string(text) }
        let hashes = rawDelimiter(text)
        return hashes + "\"" + text + "\"" + hashes
    }

    /// `rawDelimiter(text)` found in one pass over the bytes, for ASCII text without `\n` or `\r` (where bytes and
    /// `Character`s agree); nil for any other text. The delimiter is one `#` more than the longest run of `#`s after
    /// a `"` or a `\`.
    static func asciiRawDelimiter(_ text: String) -> String? {
        var longest = 0
        var run = -1
        for byte in text.utf8 {
            guard byte < 0x80, byte != 0x0A, byte != 0x0D else { return nil }
            if byte == UInt8(ascii: "#") {
                if run >= 0 { run += 1 }
            } else {
                if run > longest { longest = run }
                run = byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") ? 0 : -1
            }
        }
        if run > longest { longest = run }
        return String(repeating: "#", count: longest + 1)
    }

    /// The `#`s a raw literal of `text` needs: more than any `"#…` or `\#…` run in the text, which would
    /// end the literal or start an escape.
    static func rawDelimiter(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        return hashes
    }

    /// `text` as a Swift string literal; a raw literal when that avoids escapes (regex patterns).
    static func string(_ text: String) -> String {
        var text = text
        let isPlain = text.withUTF8 { bytes in
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }
        }
        if isPlain { return "\"" + text + "\"" }
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
