import AWSEndpointRules
import Crypto
import Foundation

/// What SigV4 (`AWS4-HMAC-SHA256`) and SigV4a (`AWS4-ECDSA-P256-SHA256`) signing share: the signing headers and
/// query parameters, the canonical request, the string to sign and the `Authorization` value.
///
/// The two differ only in the algorithm name, the credential scope (SigV4a's has no region), the region set
/// SigV4a adds, and how the string to sign becomes a signature, which each signer computes itself.
struct SigV4Scheme: Sendable {
    /// The signing algorithm name.
    let algorithm: String
    /// The credential scope after the day: `/<region>/<service>/aws4_request` (SigV4) or `/<service>/aws4_request`
    /// (SigV4a), as UTF-8.
    let scopeSuffix: [UInt8]
    /// Whether the path is normalized and percent-encoded again for the canonical URI.
    let usesStandardURIRules: Bool

    /// The header that carries the payload hash.
    static let contentSHA256Header = "x-amz-content-sha256"

    // MARK: Header signing

    /// Adds the headers that header signing adds before it computes the signature: `X-Amz-Date`, `Host` when
    /// there is none, `X-Amz-Security-Token` when there is a session token and `signsSessionToken` is set,
    /// `X-Amz-Region-Set` when `regionSet` is given, and `x-amz-content-sha256` when `addsContentSHA256Header` is
    /// set and the request has none.
    ///
    /// Removes the fields it sets (and any `X-Amz-Security-Token` when there is a session token, signed or not),
    /// and any `Authorization`, in one pass over the fields, then appends the new ones. A session token that is
    /// not signed is for the signer to add after it has signed.
    func addSigningHeaders(
        to request: inout AWSHTTPRequest, amzDate: AMZDate, sessionToken: String?, signsSessionToken: Bool,
        regionSet: String?, addsContentSHA256Header: Bool
    ) {
        request.headers.removeFields { name in
            name.caseInsensitiveEquals("Authorization") || name.caseInsensitiveEquals("X-Amz-Date")
                || (sessionToken != nil && name.caseInsensitiveEquals("X-Amz-Security-Token"))
                || (regionSet != nil && name.caseInsensitiveEquals("X-Amz-Region-Set"))
        }
        request.headers.add("X-Amz-Date", amzDate.timestamp)
        if request.headers["Host"] == nil {
            request.headers.add("Host", request.authority)
        }
        if let sessionToken, signsSessionToken {
            request.headers.add("X-Amz-Security-Token", sessionToken)
        }
        if let regionSet {
            request.headers.add("X-Amz-Region-Set", regionSet)
        }
        if addsContentSHA256Header, request.headers[Self.contentSHA256Header] == nil {
            request.headers.add(Self.contentSHA256Header, Hex.string(SHA256.hash(data: request.body)))
        }
    }

    /// The `Authorization` header value, written straight into the string's storage.
    ///
    /// `signature` is the raw signature (an HMAC or a DER-encoded ECDSA signature), written as lowercase hex.
    func authorizationValue(
        accessKeyId: String, amzDate: AMZDate, signedHeaders: UnsafeBufferPointer<UInt8>,
        signature: UnsafeRawBufferPointer
    ) -> String {
        let credential = " Credential=", signedHeadersLabel = ", SignedHeaders=", signatureLabel = ", Signature="
        let bound = algorithm.utf8.count + credential.utf8.count + accessKeyId.utf8.count + 1
            + scopeBound(amzDate) + signedHeadersLabel.utf8.count + signedHeaders.count + signatureLabel.utf8.count
            + 2 * signature.count
        return String(unsafeUninitializedCapacity: bound) { buffer in
            var output = ByteWriter(buffer)
            output.append(algorithm)
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

    // MARK: Query signing

    /// The query parameters that query signing sets; any already in the request are removed first.
    static let queryParameterNames: Set<String> = [
        "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires",
        "X-Amz-Security-Token", "X-Amz-Region-Set", "X-Amz-Signature",
    ]

    /// Signs `request` in its query string, as AWS's C runtime does, and returns the texts signed and the signature.
    ///
    /// Adds a `Host` header when there is none, then appends `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`,
    /// `X-Amz-SignedHeaders` (every header but ``SigV4Canonicalization/unsignedHeaders``), `X-Amz-Expires`,
    /// `X-Amz-Security-Token` when there is a session token, `X-Amz-Region-Set` when `regionSet` is given, and last
    /// `X-Amz-Signature`, all percent-encoded. A session token that is not signed (`signsSessionToken` false) is
    /// inserted in its place only after the signature is computed. The payload hash is the request's
    /// `x-amz-content-sha256` header when it has one (such as `UNSIGNED-PAYLOAD`, which S3's presigned URLs sign),
    /// else the hash of the body; that header is taken out of the request, since a URL cannot carry it.
    ///
    /// `sign` turns the string to sign into the hex signature.
    func presign(
        _ request: inout AWSHTTPRequest, accessKeyId: String, sessionToken: String?, signsSessionToken: Bool,
        amzDate: AMZDate, expires: Int, regionSet: String?,
        signature sign: (UnsafeRawBufferPointer) throws -> String
    ) rethrows -> PresigningSteps {
        request.query.removeAll { Self.queryParameterNames.contains($0.name) }
        let payloadHash = request.headers[Self.contentSHA256Header]
        if payloadHash != nil { request.headers.remove(Self.contentSHA256Header) }
        if request.headers["Host"] == nil {
            request.headers.add("Host", request.authority)
        }
        let credential = accessKeyId + "/" + amzDate.day + String(decoding: scopeSuffix, as: UTF8.self)
        request.query += [
            .init(name: "X-Amz-Algorithm", value: algorithm),
            .init(name: "X-Amz-Credential", value: PercentEncoding.encode(credential)),
            .init(name: "X-Amz-Date", value: amzDate.timestamp),
            .init(name: "X-Amz-SignedHeaders", value: PercentEncoding.encode(Self.signedHeaderList(request.headers))),
            .init(name: "X-Amz-Expires", value: String(expires)),
        ]
        let tokenItem = sessionToken.map { AWSHTTPRequest.QueryItem(name: "X-Amz-Security-Token", value: PercentEncoding.encode($0)) }
        let tokenPosition = request.query.count
        if let tokenItem, signsSessionToken {
            request.query.append(tokenItem)
        }
        if let regionSet {
            request.query.append(.init(name: "X-Amz-Region-Set", value: PercentEncoding.encode(regionSet)))
        }
        let texts = self.texts(for: request, amzDate: amzDate, payloadHash: payloadHash)
        let signature = try texts.withStringToSign(sign)
        if let tokenItem, !signsSessionToken {
            request.query.insert(tokenItem, at: tokenPosition)
        }
        request.query.append(.init(name: "X-Amz-Signature", value: signature))
        return PresigningSteps(texts: texts, signature: signature)
    }

    /// The signed header list of `headers`: their names lowercased, sorted and joined by `;`, without the headers
    /// that are never signed.
    private static func signedHeaderList(_ headers: AWSHTTPHeaders) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: SigV4Canonicalization.headersBound(headers)) { buffer in
            var output = ByteWriter(buffer)
            let list = SigV4Canonicalization.writeHeaders(headers, to: &output)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[list]), as: UTF8.self)
        }
    }

    // MARK: Canonical request and string to sign

    /// The canonical request of `request` and then the string to sign, in one array (see
    /// ``withTexts(for:amzDate:payloadHash:_:)``, which writes them).
    ///
    /// Header signing must have added its headers first (see
    /// ``addSigningHeaders(to:amzDate:sessionToken:signsSessionToken:regionSet:addsContentSHA256Header:)``);
    /// query signing its parameters.
    ///
    /// The payload hash is `payloadHash`, else the request's `x-amz-content-sha256` header, else the body's hash.
    func texts(for request: AWSHTTPRequest, amzDate: AMZDate, payloadHash: String? = nil) -> SigningTexts {
        withTexts(for: request, amzDate: amzDate, payloadHash: payloadHash) { bytes, canonicalRequestEnd, signedHeaders in
            SigningTexts(bytes: Array(bytes), canonicalRequestEnd: canonicalRequestEnd, signedHeaders: signedHeaders)
        }
    }

    /// Calls `body` with the canonical request and the string to sign written one after the other into temporary
    /// memory sized for both in advance (see ``ByteWriter``; on the stack when they are small), the canonical
    /// request hashed where it lies, with where the string to sign starts and where the signed header list lies:
    /// signing a request keeps neither text, so it need not allocate them.
    func withTexts<Result>(
        for request: AWSHTTPRequest, amzDate: AMZDate, payloadHash: String? = nil,
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ canonicalRequestEnd: Int, _ signedHeaders: Range<Int>) throws -> Result
    ) rethrows -> Result {
        let query = SigV4Canonicalization.query(request.query)
        let payloadHash = payloadHash ?? request.headers[Self.contentSHA256Header]
        let canonicalRequestBound = request.method.utf8.count
            + SigV4Canonicalization.uriBound(pathCount: request.path.utf8.count) + query.count
            + SigV4Canonicalization.headersBound(request.headers)
            + max(2 * SHA256.byteCount, payloadHash?.utf8.count ?? 0) + 4
        let stringToSignBound = algorithm.utf8.count + amzDate.timestamp.utf8.count + scopeBound(amzDate)
            + 2 * SHA256.byteCount + 3
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: canonicalRequestBound + stringToSignBound) { buffer in
            var output = ByteWriter(buffer)
            let signedHeaders = writeCanonicalRequest(request, query: query, payloadHash: payloadHash, to: &output)
            let canonicalRequestEnd = output.count
            var hasher = SHA256()
            hasher.update(bufferPointer: UnsafeRawBufferPointer(start: buffer.baseAddress, count: canonicalRequestEnd))
            writeStringToSign(canonicalRequestHash: hasher.finalize(), amzDate: amzDate, to: &output)
            return try body(UnsafeBufferPointer(rebasing: buffer[..<output.count]), canonicalRequestEnd, signedHeaders)
        }
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
        output.append(algorithm)
        output.append(UInt8(ascii: "\n"))
        output.append(amzDate.timestamp)
        output.append(UInt8(ascii: "\n"))
        writeScope(amzDate, to: &output)
        output.append(UInt8(ascii: "\n"))
        output.appendHex(canonicalRequestHash)
    }

    // MARK: Credential scope

    /// The length of the credential scope.
    private func scopeBound(_ amzDate: AMZDate) -> Int {
        amzDate.day.utf8.count + scopeSuffix.count
    }

    /// Writes the credential scope: the day followed by ``scopeSuffix``.
    private func writeScope(_ amzDate: AMZDate, to output: inout ByteWriter) {
        output.append(amzDate.day)
        scopeSuffix.withUnsafeBufferPointer { output.append($0) }
    }
}
