import Foundation

/// Converts the HTML of botocore `documentation` strings to Markdown lines for doc comments.
///
/// It handles paragraphs, code, links, lists, emphasis and line breaks; other tags are dropped and
/// their text kept. Whitespace is collapsed, so the same text gives the same lines however it was wrapped.
package enum DocumentationConverter {
    /// The Markdown lines of `html`, without comment markers. Empty when the text is empty.
    package static func markdown(_ html: String) -> [String] {
        var converter = Converter()
        converter.run(Array(html.unicodeScalars))
        return converter.finish()
    }

    private struct Converter {
        var lines: [String] = []
        var current = ""
        var listStack: [(ordered: Bool, counter: Int)] = []
        var linkTarget: [String?] = []
        var inCode = 0
        var pendingSpace = false
        /// The indentation that continues the open list item, if any.
        var itemIndent: String?

        mutating func flush() {
            let text = current.trimmingTrailingSpaces()
            if !text.isEmpty { lines.append(text) }
            current = ""
            pendingSpace = false
        }

        mutating func paragraphBreak() {
            flush()
            if let last = lines.last, !last.isEmpty { lines.append("") }
        }

        mutating func append(_ text: String) {
            guard !text.isEmpty else { return }
            if pendingSpace, !current.isEmpty, current.last != " " { current += " " }
            pendingSpace = false
            current += text
        }

        mutating func appendText(_ scalars: [Unicode.Scalar]) {
            var word = ""
            for scalar in scalars {
                if scalar.properties.isWhitespace {
                    if !word.isEmpty { append(word) }
                    word = ""
                    pendingSpace = true
                } else {
                    word.unicodeScalars.append(scalar)
                }
            }
            if !word.isEmpty { append(word) }
        }

        mutating func handleTag(_ raw: String) {
            let closing = raw.hasPrefix("/")
            let body = closing ? String(raw.dropFirst()) : raw
            let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
            switch (name, closing) {
            case ("p", _) where itemIndent != nil, ("div", _) where itemIndent != nil:
                if current.trimmingTrailingSpaces().count > itemIndent!.count {
                    flush()
                    current = itemIndent!
                }
            case ("p", _), ("div", _), ("note", _), ("important", _), ("dl", _), ("dd", _), ("dt", _),
                ("h1", _), ("h2", _), ("h3", _), ("h4", _), ("h5", _), ("h6", _), ("fullname", _):
                paragraphBreak()
            case ("br", _):
                flush()
            case ("ul", false), ("ol", false):
                paragraphBreak()
                listStack.append((name == "ol", 0))
            case ("ul", true), ("ol", true):
                flush()
                itemIndent = nil
                if !listStack.isEmpty { listStack.removeLast() }
                paragraphBreak()
            case ("li", false):
                flush()
                let depth = max(listStack.count - 1, 0)
                let indent = String(repeating: "  ", count: depth)
                itemIndent = indent + "  "
                if listStack.isEmpty {
                    current = "- "
                } else {
                    listStack[listStack.count - 1].counter += 1
                    let item = listStack[listStack.count - 1]
                    current = indent + (item.ordered ? "\(item.counter). " : "- ")
                }
            case ("li", true):
                flush()
                itemIndent = nil
            case ("code", false):
                if inCode == 0 { append("`"); pendingSpace = false }
                inCode += 1
            case ("code", true):
                inCode = max(inCode - 1, 0)
                if inCode == 0 { current = current.trimmingTrailingSpaces() + "`" }
            case ("b", _), ("strong", _):
                if closing { current = current.trimmingTrailingSpaces() + "**" } else { append("**"); pendingSpace = false }
            case ("i", _), ("em", _):
                if closing { current = current.trimmingTrailingSpaces() + "_" } else { append("_"); pendingSpace = false }
            case ("a", false):
                linkTarget.append(attribute("href", in: body))
                append("[")
                pendingSpace = false
            case ("a", true):
                let target = linkTarget.popLast() ?? nil
                current = current.trimmingTrailingSpaces()
                current += target.map { "](\($0))" } ?? "]"
                if let target, current.hasSuffix("[](\(target))") {
                    current.removeLast("[](\(target))".count)
                    append("<\(target)>")
                }
            default:
                break
            }
        }

        func attribute(_ name: String, in tag: String) -> String? {
            guard let range = tag.range(of: name + "=\"") else { return nil }
            let rest = tag[range.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            return String(rest[..<end])
        }

        mutating func run(_ scalars: [Unicode.Scalar]) {
            var index = 0
            var text: [Unicode.Scalar] = []
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "<", let end = scalars[index...].firstIndex(of: ">") {
                    appendText(text)
                    text = []
                    handleTag(String(String.UnicodeScalarView(scalars[(index + 1)..<end])).trimmingTrailingSpaces())
                    index = end + 1
                } else if scalar == "&", let end = scalars[index...].prefix(10).firstIndex(of: ";"),
                    let decoded = Self.entity(String(String.UnicodeScalarView(scalars[(index + 1)..<end])))
                {
                    text.append(decoded)
                    index = end + 1
                } else {
                    text.append(scalar)
                    index += 1
                }
            }
            appendText(text)
        }

        static func entity(_ name: String) -> Unicode.Scalar? {
            switch name {
            case "lt": return "<"
            case "gt": return ">"
            case "amp": return "&"
            case "quot": return "\""
            case "apos": return "'"
            case "nbsp": return " "
            default:
                if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16) { return Unicode.Scalar(value) }
                if name.hasPrefix("#"), let value = UInt32(name.dropFirst()) { return Unicode.Scalar(value) }
                return nil
            }
        }

        mutating func finish() -> [String] {
            flush()
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
