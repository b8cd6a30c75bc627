import Foundation

/// The signers of one client, one per signing scheme its endpoints ask for.
///
/// Most clients use one scheme, made when the client is; others (S3 access points in another region, Multi-Region
/// Access Points, S3 Express buckets) are made on first use and kept, so that each keeps its cached signing key.
final class SignerCache: @unchecked Sendable {
    private let lock = NSLock()
    /// The scheme of the client's default endpoint and its signer, which nearly every request uses. Two
    /// properties, not a tuple: reading a member of a stored tuple copied the whole tuple, signer and all.
    private let firstScheme: EndpointAuthScheme
    private let firstSigner: any AWSRequestSigner
    private var others: [EndpointAuthScheme: any AWSRequestSigner] = [:]

    init(_ scheme: EndpointAuthScheme) {
        firstScheme = scheme
        firstSigner = Self.signer(scheme)
    }

    /// The signer of `scheme`.
    func signer(for scheme: EndpointAuthScheme) -> any AWSRequestSigner {
        if scheme == firstScheme { return firstSigner }
        return lock.withLock {
            if let signer = others[scheme] { return signer }
            if others.count >= 64 { others.removeAll() }
            let signer = Self.signer(scheme)
            others[scheme] = signer
            return signer
        }
    }

    private static func signer(_ scheme: EndpointAuthScheme) -> any AWSRequestSigner {
        // S3 and its relatives sign the path as sent and carry the payload hash in `x-amz-content-sha256`.
        let s3Rules = s3SigningNames.contains(scheme.signingName)
        switch scheme.kind {
        case .sigv4:
            return AWSSigV4Signer(
                region: scheme.signingRegions.first ?? "", service: scheme.signingName,
                usesStandardURIRules: !scheme.disableDoubleEncoding, addsContentSHA256Header: s3Rules)
        case .sigv4a:
            return AWSSigV4aSigner(
                regionSet: scheme.signingRegions, service: scheme.signingName,
                usesStandardURIRules: !scheme.disableDoubleEncoding, addsContentSHA256Header: s3Rules)
        }
    }

    /// The signing names whose requests carry `x-amz-content-sha256`, as botocore's S3 signers send it.
    static let s3SigningNames: Set<String> = ["s3", "s3-object-lambda", "s3-outposts", "s3express"]
}
