extension String {
    /// Calls `body` with the string's UTF-8 bytes in contiguous memory, without copying a native string.
    ///
    /// `utf8` walks a small string (15 bytes or fewer, such as a method, a day or a header name) byte by byte
    /// through an iterator; this hands all of them over at once. Only a string that is not stored as UTF-8 (a
    /// bridged `NSString`) is copied first. Inlinable, as the runtime calls it on every header name and value.
    @inlinable
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        var copy = self
        return try copy.withUTF8(body)
    }
}
