import Crypto
import Foundation

/// Signs requests with AWS Signature Version 4 (`AWS4-HMAC-SHA256`), in the `Authorization` header or in the
/// query string (presigning).
///
/// A signer is bound to one region and one signing name (the service). Copies share one signing-key
/// cache, so the key derivation runs once per secret and day, and the signing time formatted last, so that
/// requests signed in the same second format it once.
public final class AWSSigV4Signer: AWSRequestSigner {
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
    /// Whether the session token is signed; when false it is added after signing, unsigned (as AWS IoT expects).
    public let signsSessionToken: Bool

    private let keyCache = SigningKeyCache()
    private let dateCache = AMZDateCache()
    /// The algorithm, the credential scope `<day>/<region>/<service>/aws4_request` and the URI rules.
    private let scheme: SigV4Scheme

    /// Creates a signer.
    ///
    /// - Parameters:
    ///   - region: The region the request goes to.
    ///   - service: The service's signing name.
    ///   - usesStandardURIRules: False for S3-style signing: no path normalization, no second encoding.
    ///   - addsContentSHA256Header: True to send the payload hash in `x-amz-content-sha256`.
    ///   - signsSessionToken: False to add the session token after signing, so that it is not signed.
    public init(
        region: String, service: String, usesStandardURIRules: Bool = true, addsContentSHA256Header: Bool = false,
        signsSessionToken: Bool = true
    ) {
        self.region = region
        self.service = service
        self.usesStandardURIRules = usesStandardURIRules
        self.addsContentSHA256Header = addsContentSHA256Header
        self.signsSessionToken = signsSessionToken
        scheme = SigV4Scheme(
            algorithm: Self.algorithm, scopeSuffix: Array(("/" + region + "/" + service + "/aws4_request").utf8),
            usesStandardURIRules: usesStandardURIRules)
    }

    /// Signs `request` for `date`.
    ///
    /// Sets `X-Amz-Date`, `X-Amz-Security-Token` when the credentials have a session token (added after signing
    /// when ``signsSessionToken`` is false),
    /// `x-amz-content-sha256` when ``addsContentSHA256Header`` is set, and `Authorization`; adds a `Host`
    /// header with the request's authority when there is none, because the host is always signed.
    /// A request that already has `x-amz-content-sha256` (such as `UNSIGNED-PAYLOAD`) is signed with that value
    /// as its payload hash.
    public func sign(_ request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date) {
        let amzDate = addSigningHeaders(to: &request, credentials: credentials, date: date)
        // The closure captures the key and the access key ID, not the credentials: capturing those copied all
        // five of their fields, twice.
        let signingKey = signingKey(for: credentials, on: amzDate)
        let accessKeyId = credentials.accessKeyId
        let authorization = scheme.withTexts(for: request, amzDate: amzDate) { bytes, canonicalRequestEnd, signedHeaders in
            self.authorization(
                signedHeaders: UnsafeBufferPointer(rebasing: bytes[signedHeaders]),
                stringToSign: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[canonicalRequestEnd...])),
                signingKey: signingKey, accessKeyId: accessKeyId, amzDate: amzDate)
        }
        // `addSigningHeaders` removed any `Authorization` field, so adding is setting.
        request.headers.add("Authorization", authorization)
        if !signsSessionToken, let token = credentials.sessionToken {
            request.headers.add("X-Amz-Security-Token", token)
        }
    }

    /// Signs `request` for `date` in its query string, valid for `expires` seconds (a presigned URL).
    ///
    /// Adds a `Host` header when there is none, and the query parameters `X-Amz-Algorithm`, `X-Amz-Credential`,
    /// `X-Amz-Date`, `X-Amz-SignedHeaders`, `X-Amz-Expires`, `X-Amz-Security-Token` (when the credentials have a
    /// session token) and `X-Amz-Signature`, replacing any already there. The payload hash is the request's
    /// `x-amz-content-sha256` header (such as `UNSIGNED-PAYLOAD`) when it has one, else the body's hash;
    /// ``addsContentSHA256Header`` does not apply, and that header is taken out of the request (a URL cannot carry it).
    ///
    /// - Throws: ``AWSPresigningError/expiresOutOfRange(_:)`` when `expires` is not in
    ///   ``AWSPresigningError/allowedExpires``.
    public func presign(_ request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date, expires: Int) throws {
        _ = try presigningSteps(for: &request, credentials: credentials, date: date, expires: expires)
    }

    /// Presigns `request` as ``presign(_:credentials:date:expires:)`` does, and returns the texts signed.
    func presigningSteps(
        for request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date, expires: Int
    ) throws(AWSPresigningError) -> PresigningSteps {
        guard AWSPresigningError.allowedExpires.contains(expires) else { throw .expiresOutOfRange(expires) }
        let amzDate = dateCache.amzDate(for: date)
        let signingKey = signingKey(for: credentials, on: amzDate)
        return scheme.presign(
            &request, accessKeyId: credentials.accessKeyId, sessionToken: credentials.sessionToken,
            signsSessionToken: signsSessionToken, amzDate: amzDate, expires: expires, regionSet: nil
        ) { stringToSign in
            Hex.string(signingKey.authenticationCode(for: stringToSign))
        }
    }

    /// The signer of the `aws-chunked` chunks of `request`, which ``sign(_:credentials:date:)`` signed with
    /// `credentials` at `date`: its key and scope, and its signature as the seed; nil when it is not signed.
    func chunkSigner(for request: AWSHTTPRequest, credentials: AWSCredentials, date: Date) -> AWSChunkSigner? {
        guard let authorization = request.headers["Authorization"],
            let signature = authorization.range(of: "Signature=").map({ String(authorization[$0.upperBound...]) })
        else { return nil }
        let amzDate = dateCache.amzDate(for: date)
        return AWSChunkSigner(
            signingKey: signingKey(for: credentials, on: amzDate),
            timestamp: amzDate.timestamp, scope: amzDate.day + "/" + region + "/" + service + "/aws4_request",
            seedSignature: signature)
    }

    /// Adds the headers that `sign` adds before it computes the signature, and returns the signing time.
    ///
    /// Removes the fields it sets, and any `Authorization`, in one pass over the fields, then appends the new ones.
    func addSigningHeaders(to request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date) -> AMZDate {
        let amzDate = dateCache.amzDate(for: date)
        scheme.addSigningHeaders(
            to: &request, amzDate: amzDate, sessionToken: credentials.sessionToken,
            signsSessionToken: signsSessionToken, regionSet: nil, addsContentSHA256Header: addsContentSHA256Header)
        return amzDate
    }

    /// Computes the signature of `request` as it stands; `addSigningHeaders` must have run on it.
    ///
    /// The canonical request and then the string to sign are written once into one buffer (see
    /// ``SigV4Scheme/texts(for:amzDate:)``), and the string to sign is authenticated where it lies; the
    /// `Authorization` value copies the signed header list from the canonical request.
    func signingSteps(for request: AWSHTTPRequest, credentials: AWSCredentials, amzDate: AMZDate) -> SigningSteps {
        let texts = scheme.texts(for: request, amzDate: amzDate)
        let signingKey = signingKey(for: credentials, on: amzDate)
        let authorization = texts.withSignedHeadersAndStringToSign { signedHeaders, stringToSign in
            self.authorization(signedHeaders: signedHeaders, stringToSign: stringToSign, signingKey: signingKey,
                               accessKeyId: credentials.accessKeyId, amzDate: amzDate)
        }
        return SigningSteps(texts: texts, authorization: authorization)
    }

    /// The `Authorization` value: the string to sign signed with `signingKey`, the (cached) key of the secret.
    private func authorization(
        signedHeaders: UnsafeBufferPointer<UInt8>, stringToSign: UnsafeRawBufferPointer, signingKey: SigningKey,
        accessKeyId: String, amzDate: AMZDate
    ) -> String {
        signingKey.authenticationCode(for: stringToSign).withUnsafeBytes { signature in
            scheme.authorizationValue(
                accessKeyId: accessKeyId, amzDate: amzDate, signedHeaders: signedHeaders, signature: signature)
        }
    }

    /// The signing key of `credentials` for the day of `amzDate`, derived once per secret and day.
    private func signingKey(for credentials: AWSCredentials, on amzDate: AMZDate) -> SigningKey {
        keyCache.key(secret: credentials.secretAccessKey, day: amzDate.day, derive: deriveSigningKey)
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
