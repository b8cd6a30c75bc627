#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts the lines of generated Swift that are code: not blank, not only spaces, and not starting (after
/// spaces) with `//`. `ShapeParts.split` weighs shapes by it.
///
/// It reads UTF-8 bytes, and counts exactly what splitting the `String` into `Character`s at `"\n"` would: a
/// `"\r\n"` is one `Character`, not a line break, and a line break never joins a grapheme cluster with its
/// neighbours (Unicode's rules GB3 to GB5), so every other `"\n"` byte ends a line. A space or a `/` followed by
/// a combining mark is another `Character` than `" "` or `"/"`, so such a line is code.
enum CodeLines {
    /// The code lines of `text`.
    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { count($0) }
    }

    /// The code lines of the UTF-8 text `bytes`.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var lines = 0
        var start = 0
        var index = 0
        while true {
            // A line ends at a "\n" that does not follow "\r", or at the end of the text.
            if let found = memchr(base + index, 0x0A, bytes.count - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index > 0, bytes[index - 1] == 0x0D {
                    index += 1
                    continue
                }
            } else {
                index = bytes.count
            }
            if isCode(bytes, start..<index) { lines += 1 }
            guard index < bytes.count else { return lines }
            index += 1
            start = index
        }
    }

    /// Whether a line holds code: after its leading spaces, something other than a comment.
    private static func isCode(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var first = line.lowerBound
        while first < line.upperBound, bytes[first] == 0x20 {
            first += 1
        }
        // A space with a combining mark after it is a `Character` of its own, and not one the trim drops.
        if first > line.lowerBound, first < line.upperBound, startsCombining(bytes, at: first) { return true }
        guard first < line.upperBound else { return false }
        guard first + 1 < line.upperBound, bytes[first] == 0x2F, bytes[first + 1] == 0x2F else { return true }
        // `//` is the prefix only when the second `/` is a `Character` by itself.
        return first + 2 < line.upperBound && startsCombining(bytes, at: first + 2)
    }

    /// Whether the scalar at `index` extends the grapheme cluster before it: a combining mark, a zero width joiner
    /// or any other scalar with `Grapheme_Cluster_Break` Extend, SpacingMark or ZWJ.
    private static func startsCombining(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] >= 0x80 else { return false }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return ("a" + scalar).count == 1
    }
}
