import Foundation

/// Signs requests for AWS: SigV4 (``AWSSigV4Signer``) or SigV4a (``AWSSigV4aSigner``).
///
/// A client holds `any AWSRequestSigner`, so each request can be signed with the scheme its operation requires.
public protocol AWSRequestSigner: Sendable {
    /// Signs `request` for `date` in its headers: adds `X-Amz-Date`, the session token, the signer's own headers
    /// and `Authorization`.
    ///
    /// - Throws: When no signature can be made (only SigV4a can fail, if its key cannot be derived).
    func sign(_ request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date) throws

    /// Signs `request` for `date` in its query string, so that the URL alone grants access for `expires` seconds
    /// (a presigned URL): adds the `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-SignedHeaders`,
    /// `X-Amz-Expires`, `X-Amz-Security-Token` (when the credentials have a session token) and
    /// `X-Amz-Signature` query parameters, replacing any already there.
    ///
    /// - Throws: ``AWSPresigningError/expiresOutOfRange(_:)`` when `expires` is not in
    ///   ``AWSPresigningError/allowedExpires``, or an error of the signature scheme.
    func presign(_ request: inout AWSHTTPRequest, credentials: AWSCredentials, date: Date, expires: Int) throws
}
