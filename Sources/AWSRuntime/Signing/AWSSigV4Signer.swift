import Crypto
import Foundation

/// Signs requests with AWS Signature Version 4 (`AWS4-HMAC-SHA256`) in the `Authorization` header.
///
/// A signer is bound to one region and one signing name (the service). Copies share one signing-key
/// cache, so the key derivation runs once per secret and day, and the signing time formatted last, so that
/// requests signed in the same second format it once.
public struct AWSSigV4Signer: Sendable {
    /// The signing algorithm name.
    static let algorithm = "AWS4-HMAC-SHA256"

    /// The region, such as `us-east-1`.
    public let region: String
    /// The signing name of the service, such as `docdb-elastic`.
    public let service: String
    /// Whether the path is normalized and percent-encoded again for the canonical URI.
    ///
    /// True for every service but S3; S3 signs the path exactly as sent.
    public let usesStandardURIRules: Bool
    /// Whether `sign` adds an `x-amz-content-sha256` header with the payload hash (S3 requires it).
    public let addsContentSHA256Header: Bool

    private let keyCache = SigningKeyCache()
    private let dateCache = AMZDateCache()
    /// The credential scope after the day: `/<region>/<service>/aws4_request`, as UTF-8.
    private let scopeSuffix: [UInt8]

    /// Creates a signer.
    ///
    /// - Parameters:
    ///   - region: The region the request goes to.
    ///   - service: The service's signing name.
    ///   - usesStandardURIRules: False for S3-style signing: no path normalization, no second encoding.
    ///   - addsContentSHA256Header: True to send the payload hash in `x-amz-content-sha256`.
    public init(region: String, service: String, usesStandardURIRules: Bool = true, addsContentSHA256Header: Bool = false) {
        self.region = region
        self.service = service
        self.usesStandardURIRules = usesStandardURIRules
        self.addsContentSHA256Header = addsContentSHA256Header
        scopeSuffix = Array(("/" + region + "/" + service + "/aws4_request").utf8)
    }

    /// Signs `request` for `date`.
    ///
    /// Sets `X-Amz-Date`, `X-Amz-Security-Token` when the credentials have a session token,
    /// `x-amz-content-sha256` when ``addsContentSHA256Header`` is set, and `Authorization`; adds a `Host`
    /// header with the request's authority when there is none, because the host is always signed.
    /// A request that already has `x-amz-content-sha256` (such as `UNSIGNED-PAYLOAD`) is signed with that value
    /// as its payload hash.
    public func sign(_ request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date) {
        let amzDate = addSigningHeaders(to: &request, credentials: credentials, date: date)
        let steps = signingSteps(for: request, credentials: credentials, amzDate: amzDate)
        // `addSigningHeaders` removed any `Authorization` field, so adding is setting.
        request.headers.add("Authorization", steps.authorization)
    }

    /// Adds the headers that `sign` adds before it computes the signature, and returns the signing time.
    ///
    /// Removes the fields it sets, and any `Authorization`, in one pass over the fields, then appends the new ones.
    func addSigningHeaders(to request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date) -> AMZDate {
        let amzDate = dateCache.amzDate(for: date)
        let token = credentials.sessionToken
        request.headers.removeFields { name in
            name.caseInsensitiveEquals("Authorization") || name.caseInsensitiveEquals("X-Amz-Date")
                || (token != nil && name.caseInsensitiveEquals("X-Amz-Security-Token"))
        }
        request.headers.add("X-Amz-Date", amzDate.timestamp)
        if request.headers["Host"] == nil {
            request.headers.add("Host", request.authority)
        }
        if let token {
            request.headers.add("X-Amz-Security-Token", token)
        }
        if addsContentSHA256Header, request.headers[Self.contentSHA256Header] == nil {
            request.headers.add(Self.contentSHA256Header, Hex.string(SHA256.hash(data: request.body)))
        }
        return amzDate
    }

    private static let contentSHA256Header = "x-amz-content-sha256"

    /// The intermediate and final results of signing one request.
    struct SigningSteps {
        /// The canonical request followed by the string to sign, as UTF-8, in one allocation.
        private let texts: [UInt8]
        /// Where the canonical request ends in ``texts``.
        private let canonicalRequestEnd: Int
        /// The `Authorization` header value.
        let authorization: String

        init(texts: [UInt8], canonicalRequestEnd: Int, authorization: String) {
            self.texts = texts
            self.canonicalRequestEnd = canonicalRequestEnd
            self.authorization = authorization
        }

        /// The canonical request, as UTF-8.
        var canonicalRequest: [UInt8] { Array(texts[..<canonicalRequestEnd]) }
        /// The string to sign, as UTF-8.
        var stringToSign: [UInt8] { Array(texts[canonicalRequestEnd...]) }
    }

    /// Computes the signature of `request` as it stands; `addSigningHeaders` must have run on it.
    ///
    /// The canonical request and then the string to sign are written once into one buffer sized for both in
    /// advance (see ``ByteWriter``), and each is hashed where it lies; the `Authorization` value copies the
    /// signed header list from the canonical request.
    func signingSteps(for request: AWSHTTPRequest, credentials: AWSCredentials, amzDate: AMZDate) -> SigningSteps {
        let query = SigV4Canonicalization.query(request.query)
        let payloadHash = request.headers[Self.contentSHA256Header]
        let canonicalRequestBound = request.method.utf8.count
            + SigV4Canonicalization.uriBound(pathCount: request.path.utf8.count) + query.count
            + SigV4Canonicalization.headersBound(request.headers)
            + max(2 * SHA256.byteCount, payloadHash?.utf8.count ?? 0) + 4
        let stringToSignBound = Self.algorithm.utf8.count + amzDate.timestamp.utf8.count + scopeBound(amzDate)
            + 2 * SHA256.byteCount + 3
        var canonicalRequestEnd = 0
        var signedHeaders = 0..<0
        let texts = [UInt8](unsafeUninitializedCapacity: canonicalRequestBound + stringToSignBound) { buffer, count in
            var output = ByteWriter(buffer)
            signedHeaders = writeCanonicalRequest(request, query: query, payloadHash: payloadHash, to: &output)
            canonicalRequestEnd = output.count
            var hasher = SHA256()
            hasher.update(bufferPointer: UnsafeRawBufferPointer(start: buffer.baseAddress, count: canonicalRequestEnd))
            writeStringToSign(canonicalRequestHash: hasher.finalize(), amzDate: amzDate, to: &output)
            count = output.count
        }
        let signingKey = keyCache.key(secret: credentials.secretAccessKey, day: amzDate.day, derive: deriveSigningKey)
        let authorization = texts.withUnsafeBufferPointer { bytes in
            authorizationValue(
                accessKeyId: credentials.accessKeyId, amzDate: amzDate,
                signedHeaders: UnsafeBufferPointer(rebasing: bytes[signedHeaders]),
                signature: signingKey.authenticationCode(
                    for: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[canonicalRequestEnd...]))))
        }
        return SigningSteps(texts: texts, canonicalRequestEnd: canonicalRequestEnd, authorization: authorization)
    }

    /// Writes the canonical request: method, URI, query, headers, signed header list and payload hash, one per
    /// line; returns where the signed header list is.
    ///
    /// `query` is the canonical query string and `payloadHash` the request's `x-amz-content-sha256` value, if any.
    private func writeCanonicalRequest(
        _ request: AWSHTTPRequest, query: [UInt8], payloadHash: String?, to output: inout ByteWriter
    ) -> Range<Int> {
        output.append(request.method)
        output.append(UInt8(ascii: "\n"))
        SigV4Canonicalization.writeURI(
            request.path, normalize: usesStandardURIRules, encodeAgain: usesStandardURIRules, to: &output)
        output.append(UInt8(ascii: "\n"))
        query.withUnsafeBufferPointer { output.append($0) }
        output.append(UInt8(ascii: "\n"))
        let signedHeaders = SigV4Canonicalization.writeHeaders(request.headers, to: &output)
        output.append(UInt8(ascii: "\n"))
        if let payloadHash {
            output.append(payloadHash)
        } else {
            output.appendHex(SHA256.hash(data: request.body))
        }
        return signedHeaders
    }

    /// Writes the string to sign: the algorithm, the timestamp, the credential scope and the canonical request's
    /// hash, one per line.
    private func writeStringToSign(canonicalRequestHash: SHA256Digest, amzDate: AMZDate, to output: inout ByteWriter) {
        output.append(Self.algorithm)
        output.append(UInt8(ascii: "\n"))
        output.append(amzDate.timestamp)
        output.append(UInt8(ascii: "\n"))
        writeScope(amzDate, to: &output)
        output.append(UInt8(ascii: "\n"))
        output.appendHex(canonicalRequestHash)
    }

    /// The `Authorization` header value, written straight into the string's storage.
    private func authorizationValue(
        accessKeyId: String, amzDate: AMZDate, signedHeaders: UnsafeBufferPointer<UInt8>, signature: SHA256Digest
    ) -> String {
        let credential = " Credential=", signedHeadersLabel = ", SignedHeaders=", signatureLabel = ", Signature="
        let bound = Self.algorithm.utf8.count + credential.utf8.count + accessKeyId.utf8.count + 1
            + scopeBound(amzDate) + signedHeadersLabel.utf8.count + signedHeaders.count + signatureLabel.utf8.count
            + 2 * SHA256.byteCount
        return String(unsafeUninitializedCapacity: bound) { buffer in
            var output = ByteWriter(buffer)
            output.append(Self.algorithm)
            output.append(credential)
            output.append(accessKeyId)
            output.append(UInt8(ascii: "/"))
            writeScope(amzDate, to: &output)
            output.append(signedHeadersLabel)
            output.append(signedHeaders)
            output.append(signatureLabel)
            output.appendHex(signature)
            return output.count
        }
    }

    /// The length of the credential scope.
    private func scopeBound(_ amzDate: AMZDate) -> Int {
        amzDate.day.utf8.count + scopeSuffix.count
    }

    /// Writes the credential scope, `<day>/<region>/<service>/aws4_request`.
    private func writeScope(_ amzDate: AMZDate, to output: inout ByteWriter) {
        output.append(amzDate.day)
        scopeSuffix.withUnsafeBufferPointer { output.append($0) }
    }

    /// Derives the signing key: the HMAC chain over the day, region, service and `aws4_request`.
    private func deriveSigningKey(secret: String, day: String) -> SigningKey {
        let secretKey = SymmetricKey(data: Array(("AWS4" + secret).utf8))
        let dateKey = Self.hmac(day, key: secretKey)
        let regionKey = Self.hmac(region, key: dateKey)
        let serviceKey = Self.hmac(service, key: regionKey)
        return SigningKey(Self.hmac("aws4_request", key: serviceKey))
    }

    private static func hmac(_ message: String, key: SymmetricKey) -> SymmetricKey {
        SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: key))
    }
}
