import Crypto
import Foundation

/// Signs requests with AWS Signature Version 4a (`AWS4-ECDSA-P256-SHA256`), in the `Authorization` header or in
/// the query string (presigning).
///
/// SigV4a signs for a set of regions rather than one (multi-region access points, global endpoints): the set
/// goes in `X-Amz-Region-Set`, and the credential scope, `<day>/<service>/aws4_request`, has no region. The
/// signature is an ECDSA P-256 signature over the SHA-256 of the string to sign, with a key derived from the
/// access key pair; it is written as the hex of its DER encoding, and differs at every signing.
///
/// Copies share one key cache, so the key derivation runs once per access key pair, and the signing time
/// formatted last.
public final class AWSSigV4aSigner: AWSRequestSigner {
    /// The signing algorithm name.
    static let algorithm = "AWS4-ECDSA-P256-SHA256"

    /// The regions the signature is valid in, such as `["us-east-1", "us-west-2"]` or `["*"]`.
    public let regionSet: [String]
    /// The signing name of the service, such as `s3`.
    public let service: String
    /// Whether the path is normalized and percent-encoded again for the canonical URI.
    ///
    /// True for every service but S3; S3 signs the path exactly as sent.
    public let usesStandardURIRules: Bool
    /// Whether `sign` adds an `x-amz-content-sha256` header with the payload hash (S3 requires it).
    public let addsContentSHA256Header: Bool
    /// Whether the session token is signed; when false it is added after signing, unsigned (as AWS IoT expects).
    public let signsSessionToken: Bool

    private let keyCache = SigV4aKeyCache()
    private let dateCache = AMZDateCache()
    /// ``regionSet`` joined by `,`, the value of `X-Amz-Region-Set`.
    private let regionSetValue: String
    /// The algorithm, the credential scope `<day>/<service>/aws4_request` and the URI rules.
    private let scheme: SigV4Scheme

    /// Creates a signer.
    ///
    /// - Parameters:
    ///   - regionSet: The regions the signature is valid in; `["*"]` for all.
    ///   - service: The service's signing name.
    ///   - usesStandardURIRules: False for S3-style signing: no path normalization, no second encoding.
    ///   - addsContentSHA256Header: True to send the payload hash in `x-amz-content-sha256`.
    ///   - signsSessionToken: False to add the session token after signing, so that it is not signed.
    public init(
        regionSet: [String], service: String, usesStandardURIRules: Bool = true,
        addsContentSHA256Header: Bool = false, signsSessionToken: Bool = true
    ) {
        self.regionSet = regionSet
        self.service = service
        self.usesStandardURIRules = usesStandardURIRules
        self.addsContentSHA256Header = addsContentSHA256Header
        self.signsSessionToken = signsSessionToken
        regionSetValue = regionSet.joined(separator: ",")
        scheme = SigV4Scheme(
            algorithm: Self.algorithm, scopeSuffix: Array(("/" + service + "/aws4_request").utf8),
            usesStandardURIRules: usesStandardURIRules)
    }

    /// Signs `request` for `date`.
    ///
    /// Sets `X-Amz-Date`, `X-Amz-Region-Set`, `X-Amz-Security-Token` when the credentials have a session token
    /// (added after signing when ``signsSessionToken`` is false), `x-amz-content-sha256` when
    /// ``addsContentSHA256Header`` is set, and `Authorization`; adds a `Host` header with the request's authority
    /// when there is none, because the host is always signed. A request that already has `x-amz-content-sha256`
    /// (such as `UNSIGNED-PAYLOAD`) is signed with that value as its payload hash.
    ///
    /// - Throws: An error in the practically impossible case that no key can be derived from the credentials
    ///   (each of 255 tries fails with a probability of about 2^-32), or swift-crypto's error when ECDSA signing
    ///   fails.
    public func sign(_ request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date) throws {
        let amzDate = addSigningHeaders(to: &request, credentials: credentials, date: date)
        let steps = try signingSteps(for: request, credentials: credentials, amzDate: amzDate)
        // `addSigningHeaders` removed any `Authorization` field, so adding is setting.
        request.headers.add("Authorization", steps.authorization)
        if !signsSessionToken, let token = credentials.sessionToken {
            request.headers.add("X-Amz-Security-Token", token)
        }
    }

    /// Signs `request` for `date` in its query string, valid for `expires` seconds (a presigned URL).
    ///
    /// Adds a `Host` header when there is none, and the query parameters `X-Amz-Algorithm`, `X-Amz-Credential`,
    /// `X-Amz-Date`, `X-Amz-SignedHeaders`, `X-Amz-Expires`, `X-Amz-Security-Token` (when the credentials have a
    /// session token), `X-Amz-Region-Set` and `X-Amz-Signature`, replacing any already there. The payload hash is
    /// the request's `x-amz-content-sha256` header (such as `UNSIGNED-PAYLOAD`) when it has one, else the body's
    /// hash; ``addsContentSHA256Header`` does not apply, and that header is taken out of the request.
    ///
    /// - Throws: ``AWSPresigningError/expiresOutOfRange(_:)`` when `expires` is not in
    ///   ``AWSPresigningError/allowedExpires``; otherwise what ``sign(_:credentials:date:)`` throws.
    public func presign(_ request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date, expires: Int) throws {
        _ = try presigningSteps(for: &request, credentials: credentials, date: date, expires: expires)
    }

    /// Presigns `request` as ``presign(_:credentials:date:expires:)`` does, and returns the texts signed.
    func presigningSteps(
        for request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date, expires: Int
    ) throws -> PresigningSteps {
        guard AWSPresigningError.allowedExpires.contains(expires) else {
            throw AWSPresigningError.expiresOutOfRange(expires)
        }
        let amzDate = dateCache.amzDate(for: date)
        let key = try keyCache.key(for: credentials)
        return try scheme.presign(
            &request, accessKeyId: credentials.accessKeyId, sessionToken: credentials.sessionToken,
            signsSessionToken: signsSessionToken, amzDate: amzDate, expires: expires, regionSet: regionSetValue
        ) { stringToSign in
            Hex.string(try Self.signature(of: stringToSign, with: key))
        }
    }

    /// Adds the headers that `sign` adds before it computes the signature, and returns the signing time.
    func addSigningHeaders(to request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date) -> AMZDate {
        let amzDate = dateCache.amzDate(for: date)
        scheme.addSigningHeaders(
            to: &request, amzDate: amzDate, sessionToken: credentials.sessionToken,
            signsSessionToken: signsSessionToken, regionSet: regionSetValue,
            addsContentSHA256Header: addsContentSHA256Header)
        return amzDate
    }

    /// Computes the signature of `request` as it stands; `addSigningHeaders` must have run on it.
    func signingSteps(for request: AWSHTTPRequest, credentials: AWSCredentials, amzDate: AMZDate) throws -> SigningSteps {
        let texts = scheme.texts(for: request, amzDate: amzDate)
        let key = try keyCache.key(for: credentials)
        let authorization = try texts.withSignedHeadersAndStringToSign { signedHeaders, stringToSign in
            try Self.signature(of: stringToSign, with: key).withUnsafeBytes { signature in
                scheme.authorizationValue(
                    accessKeyId: credentials.accessKeyId, amzDate: amzDate, signedHeaders: signedHeaders,
                    signature: signature)
            }
        }
        return SigningSteps(texts: texts, authorization: authorization)
    }

    /// The DER-encoded ECDSA signature of the SHA-256 of `stringToSign`.
    private static func signature(of stringToSign: UnsafeRawBufferPointer, with key: P256.Signing.PrivateKey) throws -> Data {
        var hasher = SHA256()
        hasher.update(bufferPointer: stringToSign)
        return try key.signature(for: hasher.finalize()).derRepresentation
    }
}
