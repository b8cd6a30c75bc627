/// Converts the HTML of botocore `documentation` strings to Markdown lines for doc comments.
///
/// It handles paragraphs, code, links, lists, emphasis and line breaks; other tags are dropped and
/// their text kept. Whitespace is collapsed, so the same text gives the same lines however it was wrapped.
/// It works on UTF-8 bytes: markup, entities and whitespace are all ASCII.
package enum DocumentationConverter {
    /// The Markdown lines of `html`, without comment markers. Empty when the text is empty.
    package static func markdown(_ html: String) -> [String] {
        var converter = Converter()
        converter.run(Array(html.utf8))
        return converter.finish()
    }

    private struct Converter {
        var lines: [String] = []
        var current: [UInt8] = []
        var listStack: [(ordered: Bool, counter: Int)] = []
        var linkTarget: [String?] = []
        var inCode = 0
        var pendingSpace = false
        /// The indentation that continues the open list item, if any.
        var itemIndent: [UInt8]?

        mutating func trimTrailingSpaces() {
            while current.last == 0x20 { current.removeLast() }
        }

        mutating func flush() {
            trimTrailingSpaces()
            if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
            current = []
            pendingSpace = false
        }

        mutating func paragraphBreak() {
            flush()
            if let last = lines.last, !last.isEmpty { lines.append("") }
        }

        mutating func append(_ text: some Collection<UInt8>) {
            guard !text.isEmpty else { return }
            if pendingSpace, !current.isEmpty, current.last != 0x20 { current.append(0x20) }
            pendingSpace = false
            current.append(contentsOf: text)
        }

        mutating func append(_ text: String) {
            append(Array(text.utf8))
        }

        /// Appends markup that opens something: no space after it.
        mutating func open(_ text: String) {
            append(text)
            pendingSpace = false
        }

        /// Appends markup that closes something: no space before it.
        mutating func close(_ text: String) {
            trimTrailingSpaces()
            current.append(contentsOf: text.utf8)
        }

        static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
        }

        mutating func appendText(_ text: [UInt8]) {
            var start = 0
            for (index, byte) in text.enumerated() where Self.isSpace(byte) {
                if index > start { append(text[start..<index]) }
                pendingSpace = true
                start = index + 1
            }
            if start < text.count { append(text[start...]) }
        }

        mutating func handleTag(_ tag: ArraySlice<UInt8>) {
            let closing = tag.first == UInt8(ascii: "/")
            let body = closing ? tag.dropFirst() : tag
            let name = String(decoding: body.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) }, as: UTF8.self).lowercased()
            switch (name, closing) {
            case ("p", _) where itemIndent != nil, ("div", _) where itemIndent != nil:
                let length = current.count - current.reversed().prefix { $0 == 0x20 }.count
                if length > itemIndent!.count {
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
                let indent = [UInt8](repeating: 0x20, count: 2 * max(listStack.count - 1, 0))
                itemIndent = indent + [0x20, 0x20]
                if listStack.isEmpty {
                    current = Array("- ".utf8)
                } else {
                    listStack[listStack.count - 1].counter += 1
                    let item = listStack[listStack.count - 1]
                    current = indent + Array((item.ordered ? "\(item.counter). " : "- ").utf8)
                }
            case ("li", true):
                flush()
                itemIndent = nil
            case ("code", false):
                if inCode == 0 { open("`") }
                inCode += 1
            case ("code", true):
                inCode = max(inCode - 1, 0)
                if inCode == 0 { close("`") }
            case ("b", _), ("strong", _):
                if closing { close("**") } else { open("**") }
            case ("i", _), ("em", _):
                if closing { close("_") } else { open("_") }
            case ("a", false):
                linkTarget.append(Self.attribute("href", in: body))
                open("[")
            case ("a", true):
                let target = linkTarget.popLast() ?? nil
                close(target.map { "](\($0))" } ?? "]")
                if let target {
                    let empty = Array("[](\(target))".utf8)
                    if current.count >= empty.count, Array(current.suffix(empty.count)) == empty {
                        current.removeLast(empty.count)
                        append("<\(target)>")
                    }
                }
            default:
                break
            }
        }

        /// The value of the double-quoted attribute `name` in a tag's text.
        static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
            let needle = Array((name + "=\"").utf8)
            var index = tag.startIndex
            while index + needle.count <= tag.endIndex {
                if tag[index..<(index + needle.count)].elementsEqual(needle) {
                    let rest = tag[(index + needle.count)...]
                    guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                    return String(decoding: rest[..<end], as: UTF8.self)
                }
                index += 1
            }
            return nil
        }

        mutating func run(_ bytes: [UInt8]) {
            var index = 0
            var text: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                    appendText(text)
                    text.removeAll(keepingCapacity: true)
                    var tag = bytes[(index + 1)..<end]
                    while tag.last == 0x20 { tag = tag.dropLast() }
                    handleTag(tag)
                    index = end + 1
                } else if byte == UInt8(ascii: "&"), let end = bytes[index...].prefix(10).firstIndex(of: UInt8(ascii: ";")),
                    let decoded = Self.entity(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
                {
                    text.append(contentsOf: decoded.utf8)
                    index = end + 1
                } else {
                    // The byte, and the run of text up to the next markup or entity.
                    var next = index + 1
                    while next < bytes.count, bytes[next] != UInt8(ascii: "<"), bytes[next] != UInt8(ascii: "&") { next += 1 }
                    text.append(contentsOf: bytes[index..<next])
                    index = next
                }
            }
            appendText(text)
        }

        static func entity(_ name: String) -> String? {
            switch name {
            case "lt": return "<"
            case "gt": return ">"
            case "amp": return "&"
            case "quot": return "\""
            case "apos": return "'"
            case "nbsp": return " "
            default:
                let scalar: UInt32?
                if name.hasPrefix("#x") { scalar = UInt32(name.dropFirst(2), radix: 16) }
                else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()) }
                else { scalar = nil }
                return scalar.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            }
        }

        mutating func finish() -> [String] {
            flush()
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
    }
}
