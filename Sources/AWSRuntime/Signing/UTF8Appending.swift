extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of `string` in one copy.
    ///
    /// `append(contentsOf: string.utf8)` walks a small string (15 bytes or fewer, such as a method, a day or a
    /// short literal) byte by byte, as its bytes are not in contiguous storage; `withUTF8` hands them over at once.
    mutating func appendUTF8(_ string: String) {
        var string = string
        string.withUTF8 { append(contentsOf: $0) }
    }
}
