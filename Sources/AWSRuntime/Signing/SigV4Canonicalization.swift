import AWSJSON
import AWSEndpointRules

/// The parts of a SigV4 canonical request: URI, query string and headers.
///
/// Everything is built as UTF-8 bytes because it is on the signing hot path.
enum SigV4Canonicalization {
    /// Headers that are never signed, as in botocore: proxies and HTTP stacks may add or change them.
    static let unsignedHeaders = ["authorization", "expect", "transfer-encoding", "user-agent", "x-amzn-trace-id"]

    // MARK: URI

    /// An upper bound of the canonical URI's length for a path of `count` UTF-8 bytes: encoding again turns a
    /// byte into at most three, normalizing only removes bytes, and an empty path becomes `/`.
    static func uriBound(pathCount count: Int) -> Int {
        max(1, 3 * count)
    }

    /// Writes the canonical URI of the percent-encoded `path`.
    ///
    /// With `normalize`, `.` and `..` segments and empty segments are removed (a final `/` stays), as
    /// RFC 3986 section 5.2.4 and AWS require. With `encodeAgain`, the path is percent-encoded a second time
    /// (`%3A` becomes `%253A`), as every service but S3 expects; without it, only bytes that an encoded path cannot
    /// hold are encoded. A path that needs no normalization (the usual
    /// case) is written in place, without splitting it into segments.
    static func writeURI(_ path: String, normalize: Bool, encodeAgain: Bool, to output: inout ByteWriter) {
        path.withUTF8Bytes { bytes in
            guard !bytes.isEmpty else {
                output.append(slash)
                return
            }
            guard normalize, needsNormalization(bytes) else {
                writePathBytes(bytes[...], encode: encodeAgain, to: &output)
                return
            }
            var segments: [Slice<UnsafeBufferPointer<UInt8>>] = []
            for segment in bytes.split(separator: slash) where !(segment.count == 1 && segment.first == dot) {
                if segment.count == 2, segment.allSatisfy({ $0 == dot }) {
                    _ = segments.popLast()
                } else {
                    segments.append(segment)
                }
            }
            if bytes.first == slash {
                output.append(slash)
            }
            for (index, segment) in segments.enumerated() {
                if index > 0 {
                    output.append(slash)
                }
                writePathBytes(segment, encode: encodeAgain, to: &output)
            }
            if bytes.last == slash, !segments.isEmpty {
                output.append(slash)
            }
        }
    }

    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    /// Whether `path` has an empty, `.` or `..` segment: a `/` followed by `/` or `.`, or a leading `.`.
    private static func needsNormalization(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        if path.first == dot {
            return true
        }
        for index in path.indices.dropLast() where path[index] == slash {
            let next = path[index + 1]
            if next == slash || next == dot {
                return true
            }
        }
        return false
    }

    /// Writes `bytes`, percent-encoding all but `/` and unreserved bytes when `encode` is set; without it, only
    /// what cannot stand in a percent-encoded path (a space, say) is encoded, so that an encoded path, which is
    /// what requests carry, is written as it is. Runs that stay as they are are copied in one step.
    private static func writePathBytes(
        _ bytes: Slice<UnsafeBufferPointer<UInt8>>, encode: Bool, to output: inout ByteWriter
    ) {
        let bytes = UnsafeBufferPointer(rebasing: bytes)
        let percent = UInt8(ascii: "%")
        var runStart = 0
        for index in 0..<bytes.count where !staysInPath(bytes[index]) && (encode || bytes[index] != percent) {
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(percent)
            output.append(HexDigit.uppercase(bytes[index] >> 4))
            output.append(HexDigit.uppercase(bytes[index] & 0x0F))
            runStart = index + 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// Whether `byte` stays as it is when a path is encoded again: `/` or an RFC 3986 unreserved character
    /// (`A`-`Z`, `a`-`z`, `0`-`9`, `-`, `.`, `_`, `~`).
    ///
    /// Looks the byte up in a 128-bit mask, which is cheaper per byte than a chain of range checks.
    static func staysInPath(_ byte: UInt8) -> Bool {
        // Bit n is set when byte n stays: `-./0-9` are 45 to 57; `A-Z` 65 to 90, `_` 95, `a-z` 97 to 122, `~` 126.
        let low: UInt64 = 0x1FFF << 45
        let high: UInt64 = 0x3FF_FFFF << 1 | 1 << 31 | 0x3FF_FFFF << 33 | 1 << 62
        return byte < 64 ? low >> byte & 1 == 1 : byte < 128 && high >> (byte - 64) & 1 == 1
    }

    // MARK: Query

    /// The canonical query string: every name and value re-encoded canonically, sorted by name then value.
    static func query(_ items: [AWSHTTPRequest.QueryItem]) -> [UInt8] {
        guard !items.isEmpty else { return [] }
        let pairs = items.map { (name: canonicalComponent($0.name), value: canonicalComponent($0.value ?? "")) }
            .sorted { $0.name != $1.name ? $0.name.lexicographicallyPrecedes($1.name) : $0.value.lexicographicallyPrecedes($1.value) }
        var output = [UInt8]()
        output.reserveCapacity(pairs.reduce(0) { $0 + $1.name.count + $1.value.count + 2 })
        for (index, pair) in pairs.enumerated() {
            if index > 0 {
                output.append(UInt8(ascii: "&"))
            }
            output.append(contentsOf: pair.name)
            output.append(UInt8(ascii: "="))
            output.append(contentsOf: pair.value)
        }
        return output
    }

    /// Decodes one percent-encoded query component (`%XX`, and `+` as a space) and encodes it again with the
    /// AWS rules: RFC 3986 unreserved characters stay, every other byte becomes uppercase `%XX`.
    static func canonicalComponent(_ component: String) -> [UInt8] {
        let bytes = Array(component.utf8)
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                byte = high << 4 | low
                index += 2
            } else if byte == UInt8(ascii: "+") {
                byte = UInt8(ascii: " ")
            }
            if PercentEncoding.isUnreserved(byte) {
                output.append(byte)
            } else {
                appendPercentEncoded(byte, to: &output)
            }
            index += 1
        }
        return output
    }

    private static func appendPercentEncoded(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "%"))
        output.append(HexDigit.uppercase(byte >> 4))
        output.append(HexDigit.uppercase(byte & 0x0F))
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    // MARK: Headers

    /// An upper bound of the length of what ``writeHeaders(_:to:)`` writes for `headers`: per field a
    /// `name:value\n` line and `name;` in the list, plus the blank line.
    static func headersBound(_ headers: AWSHTTPHeaders) -> Int {
        headers.fields.reduce(1) { $0 + 2 * $1.name.utf8.count + $1.value.utf8.count + 3 }
    }

    /// Writes the canonical header block (one `name:value\n` line per header name), a newline and the signed
    /// header list (the names joined by `;`), and returns where the list is in the output.
    ///
    /// Names are lowercased and sorted; values trimmed with inner whitespace runs (line breaks of folded values
    /// included) collapsed to one space; values of repeated names joined by `,` in their original order. Headers
    /// in ``unsignedHeaders`` are left out.
    ///
    /// A request has a handful of headers, so their positions are insertion-sorted in stack memory, mostly by
    /// comparing packed name prefixes (``NameKey``). Names and values are then written straight into the output,
    /// and the signed header list is copied from the names already written.
    static func writeHeaders(_ headers: AWSHTTPHeaders, to output: inout ByteWriter) -> Range<Int> {
        // Through a buffer pointer, names and values are read in place rather than copied (a retain and a release
        // each) out of the array.
        headers.fields.withUnsafeBufferPointer { writeHeaders($0, to: &output) }
    }

    private static func writeHeaders(_ fields: UnsafeBufferPointer<AWSHTTPHeaders.Field>, to output: inout ByteWriter) -> Range<Int> {
        withUnsafeTemporaryAllocation(of: SortedField.self, capacity: fields.count) { sorted in
            var count = 0
            for position in fields.indices {
                let key = fields[position].name.withUTF8Bytes { name -> NameKey? in
                    isUnsigned(name) ? nil : NameKey(name)
                }
                guard let key else { continue }
                let field = SortedField(key: key, position: position)
                var slot = count
                while slot > 0, order(sorted[slot - 1], field, in: fields) > 0 {
                    sorted.initializeElement(at: slot, to: sorted[slot - 1])
                    slot -= 1
                }
                sorted.initializeElement(at: slot, to: field)
                count += 1
            }

            for index in 0..<count {
                if index > 0, order(sorted[index - 1], sorted[index], in: fields) == 0 {
                    output.replaceLast(with: UInt8(ascii: ","))
                } else {
                    sorted[index].nameStart = output.count
                    fields[sorted[index].position].name.withUTF8Bytes { output.appendLowercased($0) }
                    output.append(UInt8(ascii: ":"))
                }
                writeCollapsingWhitespace(fields[sorted[index].position].value, to: &output)
                output.append(UInt8(ascii: "\n"))
            }
            output.append(UInt8(ascii: "\n"))

            let listStart = output.count
            var isFirst = true
            for field in sorted[..<count] {
                guard let nameStart = field.nameStart else { continue }
                if !isFirst {
                    output.append(UInt8(ascii: ";"))
                }
                output.appendWritten(nameStart..<nameStart + field.key.count)
                isFirst = false
            }
            return listStart..<output.count
        }
    }

    /// A header field's place in the sorted order.
    private struct SortedField {
        /// The field's name, packed.
        let key: NameKey
        /// The field's position in the request's fields.
        let position: Int
        /// Where the field's lowercased name starts in the output; nil for a repeated name, whose value joins the
        /// line of the first field of that name.
        var nameStart: Int?
    }

    /// A header name's length and its first 16 bytes, lowercased and packed big-endian into two integers, zeros
    /// after the end.
    ///
    /// Two different keys order their names as comparing the names' lowercased bytes would; only names alike in
    /// their first 16 bytes (the same name, mostly) need their bytes compared.
    private struct NameKey {
        /// Bytes 0 to 7.
        let high: UInt64
        /// Bytes 8 to 15.
        let low: UInt64
        /// The name's length.
        let count: Int

        /// The key of `name`: its first 16 bytes copied into two zeroed words at once, then lowercased eight at
        /// a time.
        init(_ name: UnsafeBufferPointer<UInt8>) {
            count = name.count
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { words in
                words.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(name).prefix(16)))
            }
            high = Self.lowercased(UInt64(bigEndian: words.0))
            low = Self.lowercased(UInt64(bigEndian: words.1))
        }

        /// `word` with each of its eight bytes that is an ASCII capital letter lowercased.
        ///
        /// Adding to each byte's low seven bits never carries into the next byte, so one addition tells, in each
        /// byte's top bit, whether the byte is at least `A`, and another whether it is past `Z`.
        private static func lowercased(_ word: UInt64) -> UInt64 {
            let sevenBits = word & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = sevenBits + 0x3F3F_3F3F_3F3F_3F3F  // 0x80 - "A"
            let pastZ = sevenBits + 0x2525_2525_2525_2525  // 0x80 - "["
            let isCapital = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
            return word | (isCapital >> 2)
        }

        /// Whether the key holds the whole name, so that equal keys mean equal names.
        var isComplete: Bool { count <= 16 }
    }

    /// How the names of `a` and `b` compare once lowercased: negative when `a` comes first, zero when they are the
    /// same name, positive when `b` comes first.
    private static func order(_ a: SortedField, _ b: SortedField, in fields: UnsafeBufferPointer<AWSHTTPHeaders.Field>) -> Int {
        if a.key.high != b.key.high {
            return a.key.high < b.key.high ? -1 : 1
        }
        if a.key.low != b.key.low {
            return a.key.low < b.key.low ? -1 : 1
        }
        if a.key.count == b.key.count, a.key.isComplete {
            return 0
        }
        return fields[a.position].name.withUTF8Bytes { x in
            fields[b.position].name.withUTF8Bytes { y in ASCII.lowercasedOrder(x, y) }
        }
    }

    /// ``unsignedHeaders`` as UTF-8.
    private static let unsignedHeaderBytes = unsignedHeaders.map { Array($0.utf8) }

    /// Whether the header `name` is one of ``unsignedHeaders``, in any case.
    private static func isUnsigned(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        unsignedHeaderBytes.contains { unsigned in
            unsigned.count == name.count && unsigned.withUnsafeBufferPointer { ASCII.caseInsensitiveEquals($0, name) }
        }
    }

    /// Writes `value` trimmed, with every run of whitespace inside it replaced by one space.
    ///
    /// Copies each run of other bytes in one step, and a value without white space (most are: nothing in it is a
    /// space or below one) in one step after a scan of eight bytes at a time.
    private static func writeCollapsingWhitespace(_ value: String, to output: inout ByteWriter) {
        value.withUTF8Bytes { bytes in
            if WordScan.allBytes(of: bytes, atLeast: 0x21) {
                output.append(bytes)
                return
            }
            var index = 0
            var wroteAny = false
            while true {
                while index < bytes.count, isWhitespace(bytes[index]) {
                    index += 1
                }
                let runStart = index
                while index < bytes.count, !isWhitespace(bytes[index]) {
                    index += 1
                }
                guard index > runStart else { return }
                if wroteAny {
                    output.append(UInt8(ascii: " "))
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                wroteAny = true
            }
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
    }
}
