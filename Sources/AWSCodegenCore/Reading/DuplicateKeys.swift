import CJSONC
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a key that appears twice in one object. json-c keeps the last value of such a key without a word,
/// so a model with a duplicated shape or member would lose one silently; the generator rejects it instead.
///
/// The check is cheap when there is no duplicate: the number of members in the raw text (the colons outside
/// strings) must equal the number in json-c's tree. Only when they differ does the slow scan look for where.
enum DuplicateKeys {
    /// The path and byte offset of the first key that repeats one before it in the same object, or nil when
    /// `bytes` (which json-c has parsed into `root`) has none.
    static func first(in bytes: [UInt8], root: OpaquePointer?) -> (path: JSONPath, offset: Int)? {
        guard textMemberCount(bytes) != treeMemberCount(root) else { return nil }
        return locate(in: bytes) ?? (JSONPath(), 0)
    }

    /// The members of every object under `value`.
    private static func treeMemberCount(_ value: OpaquePointer?) -> Int {
        switch json_object_get_type(value) {
        case json_type_object:
            var count = 0
            var iterator = json_object_iter_begin(value)
            var end = json_object_iter_end(value)
            while json_object_iter_equal(&iterator, &end) == 0 {
                count += 1 + treeMemberCount(json_object_iter_peek_value(&iterator))
                json_object_iter_next(&iterator)
            }
            return count
        case json_type_array:
            return (0..<json_object_array_length(value)).reduce(0) { $0 + treeMemberCount(json_object_array_get_idx(value, $1)) }
        default:
            return 0
        }
    }

    /// The colons outside strings of valid JSON text: one per object member.
    private static func textMemberCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: ":") {
                    count += 1
                } else if byte == UInt8(ascii: "\"") {
                    // The string ends at the next quote after an even run of backslashes (each pair is one escape).
                    var search = index + 1
                    index = buffer.count
                    while let found = memchr(base + search, Int32(UInt8(ascii: "\"")), buffer.count - search) {
                        let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                        var backslash = quote - 1
                        while backslash >= search, buffer[backslash] == UInt8(ascii: "\\") { backslash -= 1 }
                        if (quote - 1 - backslash) % 2 == 0 {
                            index = quote
                            break
                        }
                        search = quote + 1
                    }
                }
                index += 1
            }
            return count
        }
    }

    /// Where a key first repeats, scanning valid JSON text with a stack of the open objects and arrays. Keys
    /// compare as json-c stores them: unescaped, and cut at a NUL.
    private static func locate(in bytes: [UInt8]) -> (path: JSONPath, offset: Int)? {
        enum Frame {
            case object(keys: Set<[UInt8]>, current: String)
            case array(index: Int)
        }
        var stack: [Frame] = []
        var index = 0
        func path(_ frames: [Frame]) -> JSONPath {
            JSONPath(frames.map { frame -> JSONPath.Component in
                switch frame {
                case .object(_, let key): .key(key)
                case .array(let index): .index(index)
                }
            })
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"): stack.append(.object(keys: [], current: ""))
            case UInt8(ascii: "["): stack.append(.array(index: 0))
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = stack.popLast()
            case UInt8(ascii: ","):
                if case .array(let position)? = stack.last { stack[stack.count - 1] = .array(index: position + 1) }
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                var next = index + 1
                while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: ":"), case .object(var keys, _)? = stack.last {
                    // Empty the slot while the set grows, so that inserting does not copy it.
                    stack[stack.count - 1] = .array(index: 0)
                    let key = unescaped(bytes[(start + 1)..<index])
                    let name = String(decoding: key, as: UTF8.self)
                    if !keys.insert(key).inserted {
                        return (path(stack.dropLast() + [.object(keys: [], current: name)]), start)
                    }
                    stack[stack.count - 1] = .object(keys: keys, current: name)
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The bytes of a JSON string's contents with its escapes undone, up to the first NUL.
    private static func unescaped(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var text = String.UnicodeScalarView()
        var index = raw.startIndex
        while index < raw.endIndex {
            var byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.endIndex else {
                // Plain bytes: copy the run up to the next escape as UTF-8.
                let end = raw[index...].firstIndex(of: UInt8(ascii: "\\")) ?? raw.endIndex
                text.append(contentsOf: String(decoding: raw[index..<max(end, index + 1)], as: UTF8.self).unicodeScalars)
                index = max(end, index + 1)
                continue
            }
            index += 1
            byte = raw[index]
            index += 1
            switch byte {
            case UInt8(ascii: "n"): text.append("\n")
            case UInt8(ascii: "t"): text.append("\t")
            case UInt8(ascii: "r"): text.append("\r")
            case UInt8(ascii: "b"): text.append("\u{8}")
            case UInt8(ascii: "f"): text.append("\u{C}")
            case UInt8(ascii: "u") where index + 4 <= raw.endIndex:
                let hex = String(decoding: raw[index..<index + 4], as: UTF8.self)
                index += 4
                text.append(UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) ?? "\u{FFFD}")
            default: text.append(Unicode.Scalar(byte))
            }
        }
        let bytes = Array(String(text).utf8)
        return Array(bytes.prefix { $0 != 0 })
    }
}
