extension CBORValue {
    /// How deeply arrays, maps and tags may nest before decoding stops with an error.
    public static let maximumNestingDepth = 512

    /// Decodes exactly one CBOR data item from `bytes`; throws `CBORDecodingError` for input that is not
    /// well-formed, runs past its end, nests too deeply, has a map key that is not a text string, or has
    /// bytes after the item.
    public static func decode(_ bytes: [UInt8]) throws(CBORDecodingError) -> CBORValue {
        let result: Result<CBORValue, CBORDecodingError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = CBORReader(bytes: buffer)
            return Result { () throws(CBORDecodingError) in
                let value = try reader.item(depth: 0)
                guard reader.index == buffer.count else {
                    throw CBORDecodingError(offset: reader.index, message: "unexpected data after the CBOR item")
                }
                return value
            }
        }
        return try result.get()
    }
}
