/// The canonical request followed by the string to sign, as UTF-8, in one allocation.
struct SigningTexts {
    /// The canonical request, then the string to sign.
    let bytes: [UInt8]
    /// Where the canonical request ends in ``bytes``.
    let canonicalRequestEnd: Int
    /// Where the signed header list is in ``bytes``.
    let signedHeaders: Range<Int>

    /// The canonical request, as UTF-8.
    var canonicalRequest: [UInt8] { Array(bytes[..<canonicalRequestEnd]) }
    /// The string to sign, as UTF-8.
    var stringToSign: [UInt8] { Array(bytes[canonicalRequestEnd...]) }

    /// Calls `body` with the string to sign, in place.
    func withStringToSign<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { try body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[canonicalRequestEnd...]))) }
    }

    /// Calls `body` with the signed header list and the string to sign, in place.
    func withSignedHeadersAndStringToSign<Result>(
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try body(
                UnsafeBufferPointer(rebasing: bytes[signedHeaders]),
                UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[canonicalRequestEnd...])))
        }
    }
}

/// The intermediate and final results of signing one request's headers.
struct SigningSteps {
    /// The canonical request and the string to sign.
    let texts: SigningTexts
    /// The `Authorization` header value.
    let authorization: String

    /// The canonical request, as UTF-8.
    var canonicalRequest: [UInt8] { texts.canonicalRequest }
    /// The string to sign, as UTF-8.
    var stringToSign: [UInt8] { texts.stringToSign }
}

/// The intermediate and final results of signing one request's query string.
struct PresigningSteps {
    /// The canonical request and the string to sign.
    let texts: SigningTexts
    /// The `X-Amz-Signature` value: the signature in lowercase hex.
    let signature: String

    /// The canonical request, as UTF-8.
    var canonicalRequest: [UInt8] { texts.canonicalRequest }
    /// The string to sign, as UTF-8.
    var stringToSign: [UInt8] { texts.stringToSign }
}
