/// Finds where a JSON path or a byte offset is in raw JSON text, for error messages.
///
/// It runs only when an error is reported, so it favours simplicity over speed.
package enum SourceLocator {
    /// 1-based line and column of byte `offset`.
    package static func lineColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// The line and column where the value at `path` starts, or nil if the text does not hold it.
    package static func position(of path: JSONPath, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var scanner = Scanner(bytes: bytes)
        scanner.skipWhitespace()
        for component in path.components {
            switch component {
            case .key(let key):
                guard scanner.seekMember(key) else { return nil }
            case .index(let index):
                guard scanner.seekElement(index) else { return nil }
            }
        }
        return lineColumn(of: scanner.offset, in: bytes)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var offset = 0

        var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { offset += 1 }
        }

        /// Reads a string token and returns its raw (still escaped) text.
        mutating func readString() -> String? {
            guard current == UInt8(ascii: "\"") else { return nil }
            offset += 1
            let start = offset
            while let byte = current, byte != UInt8(ascii: "\"") {
                offset += byte == UInt8(ascii: "\\") ? 2 : 1
            }
            guard offset < bytes.count else { return nil }
            let text = String(decoding: bytes[start..<offset], as: UTF8.self)
            offset += 1
            return text
        }

        /// Skips one whole value.
        mutating func skipValue() {
            skipWhitespace()
            guard let byte = current else { return }
            if byte == UInt8(ascii: "\"") {
                _ = readString()
                return
            }
            guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") else {
                while let next = current, !",}] \t\r\n".utf8.contains(next) { offset += 1 }
                return
            }
            var depth = 0
            while let next = current {
                if next == UInt8(ascii: "\"") {
                    _ = readString()
                    continue
                }
                if next == UInt8(ascii: "{") || next == UInt8(ascii: "[") { depth += 1 }
                if next == UInt8(ascii: "}") || next == UInt8(ascii: "]") { depth -= 1 }
                offset += 1
                if depth == 0 { return }
            }
        }

        /// Moves to the value of member `key` of the object at the current offset.
        mutating func seekMember(_ key: String) -> Bool {
            skipWhitespace()
            guard current == UInt8(ascii: "{") else { return false }
            offset += 1
            while true {
                skipWhitespace()
                guard let name = readString() else { return false }
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { return false }
                offset += 1
                skipWhitespace()
                if name == key { return true }
                skipValue()
                skipWhitespace()
                guard current == UInt8(ascii: ",") else { return false }
                offset += 1
            }
        }

        /// Moves to element `index` of the array at the current offset.
        mutating func seekElement(_ index: Int) -> Bool {
            skipWhitespace()
            guard current == UInt8(ascii: "[") else { return false }
            offset += 1
            for _ in 0..<index {
                skipValue()
                skipWhitespace()
                guard current == UInt8(ascii: ",") else { return false }
                offset += 1
            }
            skipWhitespace()
            return current != UInt8(ascii: "]")
        }
    }
}
