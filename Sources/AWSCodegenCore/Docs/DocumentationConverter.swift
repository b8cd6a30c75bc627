/// Converts the HTML of botocore `documentation` strings to Markdown lines for doc comments.
///
/// It handles paragraphs, code, links, lists, emphasis and line breaks; other tags are dropped and
/// their text kept. Whitespace is collapsed, so the same text gives the same lines however it was wrapped.
/// It works on UTF-8 bytes: markup, entities and whitespace are all ASCII.
package enum DocumentationConverter {
    /// The Markdown lines of `html`, without comment markers. Empty when the text is empty.
    package static func markdown(_ html: String) -> [String] {
        var converter = Converter()
        var html = html
        html.withUTF8 { converter.run($0) }
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

        mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
            guard !text.isEmpty else { return }
            if pendingSpace, !current.isEmpty, current.last != 0x20 { current.append(0x20) }
            pendingSpace = false
            current.append(contentsOf: text)
        }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { append($0) }
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

        /// Appends text, collapsing each run of whitespace into one pending space. Text is appended as it comes,
        /// in pieces between markup and entities, which gives what appending it all at once would.
        mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
            var start = 0
            for index in text.indices where Self.isSpace(text[index]) {
                if index > start { append(UnsafeBufferPointer(rebasing: text[start..<index])) }
                pendingSpace = true
                start = index + 1
            }
            if start < text.count { append(UnsafeBufferPointer(rebasing: text[start...])) }
        }

        mutating func handleTag(_ tag: UnsafeBufferPointer<UInt8>) {
            let closing = tag.first == UInt8(ascii: "/")
            let body = closing ? UnsafeBufferPointer(rebasing: tag.dropFirst()) : tag
            // The tag name: ASCII letters and digits.
            let name = Tag(UnsafeBufferPointer(rebasing: body.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) }))
            switch (name, closing) {
            case (.p, _) where itemIndent != nil, (.div, _) where itemIndent != nil:
                let length = current.count - current.reversed().prefix { $0 == 0x20 }.count
                if length > itemIndent!.count {
                    flush()
                    current = itemIndent!
                }
            case (.p, _), (.div, _), (.block, _):
                paragraphBreak()
            case (.br, _):
                flush()
            case (.ul, false), (.ol, false):
                paragraphBreak()
                listStack.append((name == .ol, 0))
            case (.ul, true), (.ol, true):
                flush()
                itemIndent = nil
                if !listStack.isEmpty { listStack.removeLast() }
                paragraphBreak()
            case (.li, false):
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
            case (.li, true):
                flush()
                itemIndent = nil
            case (.code, false):
                if inCode == 0 { open("`") }
                inCode += 1
            case (.code, true):
                inCode = max(inCode - 1, 0)
                if inCode == 0 { close("`") }
            case (.strong, _):
                if closing { close("**") } else { open("**") }
            case (.emphasis, _):
                if closing { close("_") } else { open("_") }
            case (.a, false):
                linkTarget.append(Self.attribute("href", in: body))
                open("[")
            case (.a, true):
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

        /// The tags the converter handles; every other tag is dropped and its text kept.
        enum Tag {
            case p, div, br, ul, ol, li, code, a
            /// A tag that breaks the paragraph, like `p` outside a list item.
            case block
            /// `b` or `strong`.
            case strong
            /// `i` or `em`.
            case emphasis
            case other

            /// The tag of a name, in any case: its bytes, ASCII letters lowercased, against each name's.
            init(_ name: UnsafeBufferPointer<UInt8>) {
                self = Self.names.first { entry in
                    entry.name.count == name.count
                        && zip(entry.name, name).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
                }?.tag ?? .other
            }

            /// The tags by name.
            private static let names: [(name: [UInt8], tag: Tag)] = ([
                ("p", .p), ("div", .div), ("br", .br), ("ul", .ul), ("ol", .ol), ("li", .li), ("code", .code), ("a", .a),
                ("b", .strong), ("strong", .strong), ("i", .emphasis), ("em", .emphasis),
                ("note", .block), ("dl", .block), ("dd", .block), ("dt", .block), ("h1", .block), ("h2", .block),
                ("h3", .block), ("h4", .block), ("h5", .block), ("h6", .block), ("fullname", .block), ("important", .block),
            ] as [(String, Tag)]).map { (Array($0.0.utf8), $0.1) }
        }

        /// The value of the double-quoted attribute `name` in a tag's text.
        static func attribute(_ name: String, in tag: UnsafeBufferPointer<UInt8>) -> String? {
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

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                    var tagEnd = end
                    while tagEnd > index + 1, bytes[tagEnd - 1] == 0x20 { tagEnd -= 1 }
                    handleTag(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<tagEnd]))
                    index = end + 1
                } else if byte == UInt8(ascii: "&"), let end = bytes[index...].prefix(10).firstIndex(of: UInt8(ascii: ";")),
                    var decoded = Self.entity(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
                {
                    decoded.withUTF8 { appendText($0) }
                    index = end + 1
                } else {
                    // The byte, and the run of text up to the next markup or entity.
                    var next = index + 1
                    while next < bytes.count, bytes[next] != UInt8(ascii: "<"), bytes[next] != UInt8(ascii: "&") { next += 1 }
                    appendText(UnsafeBufferPointer(rebasing: bytes[index..<next]))
                    index = next
                }
            }
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
