import Crypto
import Foundation

/// Signs requests with AWS Signature Version 4 (`AWS4-HMAC-SHA256`) in the `Authorization` header.
///
/// A signer is bound to one region and one signing name (the service). Copies share one signing-key
/// cache, so the key derivation runs once per secret and day.
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
        let amzDate = AMZDate(date)
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
        /// The canonical request, as UTF-8.
        var canonicalRequest: [UInt8]
        /// The string to sign, as UTF-8.
        var stringToSign: [UInt8]
        /// The `Authorization` header value.
        var authorization: String
    }

    /// Computes the signature of `request` as it stands; `addSigningHeaders` must have run on it.
    func signingSteps(for request: AWSHTTPRequest, credentials: AWSCredentials, amzDate: AMZDate) -> SigningSteps {
        let headers = SigV4Canonicalization.headers(request.headers)
        let canonical = canonicalRequest(request, headers: headers)

        var stringToSign = [UInt8]()
        stringToSign.reserveCapacity(128 + scopeSuffix.count)
        stringToSign.appendUTF8(Self.algorithm)
        stringToSign.append(UInt8(ascii: "\n"))
        stringToSign.appendUTF8(amzDate.timestamp)
        stringToSign.append(UInt8(ascii: "\n"))
        appendScope(amzDate, to: &stringToSign)
        stringToSign.append(UInt8(ascii: "\n"))
        Hex.append(SHA256.hash(data: canonical), to: &stringToSign)

        let signingKey = keyCache.key(secret: credentials.secretAccessKey, day: amzDate.day, derive: deriveSigningKey)

        var authorization = [UInt8]()
        authorization.reserveCapacity(
            160 + credentials.accessKeyId.utf8.count + scopeSuffix.count + headers.signedHeaders.count)
        authorization.appendUTF8(Self.algorithm)
        authorization.appendUTF8(" Credential=")
        authorization.appendUTF8(credentials.accessKeyId)
        authorization.append(UInt8(ascii: "/"))
        appendScope(amzDate, to: &authorization)
        authorization.appendUTF8(", SignedHeaders=")
        authorization.append(contentsOf: headers.signedHeaders)
        authorization.appendUTF8(", Signature=")
        Hex.append(signingKey.authenticationCode(for: stringToSign), to: &authorization)
        return SigningSteps(
            canonicalRequest: canonical, stringToSign: stringToSign,
            authorization: String(decoding: authorization, as: UTF8.self))
    }

    /// Appends the credential scope, `<day>/<region>/<service>/aws4_request`, to `output`.
    private func appendScope(_ amzDate: AMZDate, to output: inout [UInt8]) {
        output.appendUTF8(amzDate.day)
        output.append(contentsOf: scopeSuffix)
    }

    /// The canonical request: method, URI, query, headers, signed header list and payload hash, one per line.
    private func canonicalRequest(_ request: AWSHTTPRequest, headers: SigV4Canonicalization.Headers) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(256 + headers.block.count + request.path.utf8.count)
        output.appendUTF8(request.method)
        output.append(UInt8(ascii: "\n"))
        SigV4Canonicalization.appendURI(
            request.path, normalize: usesStandardURIRules, encodeAgain: usesStandardURIRules, to: &output)
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: SigV4Canonicalization.query(request.query))
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: headers.block)
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: headers.signedHeaders)
        output.append(UInt8(ascii: "\n"))
        if let payloadHash = request.headers[Self.contentSHA256Header] {
            output.appendUTF8(payloadHash)
        } else {
            Hex.append(SHA256.hash(data: request.body), to: &output)
        }
        return output
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
