import AWSEndpointRules

/// The parts of a SigV4 canonical request: URI, query string and headers.
///
/// Everything is built as UTF-8 bytes because it is on the signing hot path.
enum SigV4Canonicalization {
    /// Headers that are never signed, as in botocore: proxies and HTTP stacks may add or change them.
    static let unsignedHeaders = ["authorization", "expect", "transfer-encoding", "user-agent", "x-amzn-trace-id"]

    // MARK: URI

    /// Appends the canonical URI of the percent-encoded `path` to `output`.
    ///
    /// With `normalize`, `.` and `..` segments and empty segments are removed (a final `/` stays), as
    /// RFC 3986 section 5.2.4 and AWS require. With `encodeAgain`, the path is percent-encoded a second time
    /// (`%3A` becomes `%253A`), as every service but S3 expects.
    static func appendURI(_ path: String, normalize: Bool, encodeAgain: Bool, to output: inout [UInt8]) {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty else {
            output.append(slash)
            return
        }
        guard normalize, needsNormalization(bytes) else {
            appendPathBytes(bytes[...], encode: encodeAgain, to: &output)
            return
        }
        var segments: [ArraySlice<UInt8>] = []
        for segment in bytes.split(separator: slash) where segment != [dot] {
            if segment == [dot, dot] {
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
            appendPathBytes(segment, encode: encodeAgain, to: &output)
        }
        if bytes.last == slash, !segments.isEmpty {
            output.append(slash)
        }
    }

    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    /// Whether `path` has an empty, `.` or `..` segment: a `/` followed by `/` or `.`, or a leading `.`.
    private static func needsNormalization(_ path: [UInt8]) -> Bool {
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

    /// Appends `bytes`, percent-encoding all but `/` and unreserved bytes when `encode` is set; runs that stay
    /// as they are are copied in one step.
    private static func appendPathBytes(_ bytes: ArraySlice<UInt8>, encode: Bool, to output: inout [UInt8]) {
        guard encode else {
            output.append(contentsOf: bytes)
            return
        }
        var runStart = bytes.startIndex
        for index in bytes.indices where bytes[index] != slash && !PercentEncoding.isUnreserved(bytes[index]) {
            output.append(contentsOf: bytes[runStart..<index])
            appendPercentEncoded(bytes[index], to: &output)
            runStart = index + 1
        }
        output.append(contentsOf: bytes[runStart...])
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
        output.append(PercentEncoding.hexDigits[Int(byte >> 4)])
        output.append(PercentEncoding.hexDigits[Int(byte & 0x0F)])
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

    /// The canonical header block (one `name:value\n` line per header name) and the signed header list.
    struct Headers {
        /// The `name:value\n` lines, sorted by lowercase name.
        var block: [UInt8] = []
        /// The lowercase names joined by `;`.
        var signedHeaders: [UInt8] = []
    }

    /// Canonicalizes `headers`: lowercase names, sorted; values trimmed with inner whitespace runs (line
    /// breaks of folded values included) collapsed to one space; values of repeated names joined by `,` in
    /// their original order. Headers in ``unsignedHeaders`` are left out.
    ///
    /// Sorts field positions by name, compared without case, and writes names and values straight into the
    /// result, so that no per-field buffers are made.
    static func headers(_ headers: AWSHTTPHeaders) -> Headers {
        let fields = headers.fields
        var order: [Int] = []
        order.reserveCapacity(fields.count)
        for (position, field) in fields.enumerated()
        where !unsignedHeaders.contains(where: { field.name.caseInsensitiveEquals($0) }) {
            order.append(position)
        }
        order.sort { first, second in
            let comparison = lowercasedOrder(fields[first].name, fields[second].name)
            return comparison != 0 ? comparison < 0 : first < second
        }

        var result = Headers()
        result.block.reserveCapacity(fields.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 2 })
        result.signedHeaders.reserveCapacity(fields.reduce(0) { $0 + $1.name.utf8.count + 1 })
        var previousName: String?
        for position in order {
            let field = fields[position]
            if let previousName, previousName.caseInsensitiveEquals(field.name) {
                result.block[result.block.count - 1] = UInt8(ascii: ",")
            } else {
                if previousName != nil {
                    result.signedHeaders.append(UInt8(ascii: ";"))
                }
                let nameStart = result.block.count
                appendLowercased(field.name, to: &result.block)
                result.signedHeaders.append(contentsOf: result.block[nameStart...])
                result.block.append(UInt8(ascii: ":"))
                previousName = field.name
            }
            appendCollapsingWhitespace(field.value, to: &result.block)
            result.block.append(UInt8(ascii: "\n"))
        }
        return result
    }

    /// How `a` and `b` compare when both are lowercased (ASCII), by UTF-8 bytes: negative when `a` comes
    /// first, zero when they are equal, positive when `b` comes first.
    private static func lowercasedOrder(_ a: String, _ b: String) -> Int {
        var left = a.utf8.makeIterator(), right = b.utf8.makeIterator()
        while let x = left.next() {
            guard let y = right.next() else { return 1 }
            let (lx, ly) = (lowercased(x), lowercased(y))
            if lx != ly { return lx < ly ? -1 : 1 }
        }
        return right.next() == nil ? 0 : -1
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func appendLowercased(_ name: String, to output: inout [UInt8]) {
        let start = output.count
        output.appendUTF8(name)
        output.withUnsafeMutableBufferPointer { buffer in
            for index in start..<buffer.count {
                buffer[index] = lowercased(buffer[index])
            }
        }
    }

    /// Appends `value` trimmed, with every run of whitespace inside it replaced by one space, to `output`.
    ///
    /// Copies each run of other bytes in one step.
    static func appendCollapsingWhitespace(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
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
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                wroteAny = true
            }
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
    }
}
