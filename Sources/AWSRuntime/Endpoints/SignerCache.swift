import Foundation

/// The signers of one client, one per signing scheme its endpoints ask for.
///
/// Most clients use one scheme, made when the client is; others (S3 access points in another region, S3 Express
/// buckets) are made on first use and kept, so that each keeps its cached signing key.
final class SignerCache: @unchecked Sendable {
    private let lock = NSLock()
    private let first: (scheme: EndpointAuthScheme, signer: AWSSigV4Signer)
    private var others: [EndpointAuthScheme: AWSSigV4Signer] = [:]

    init(_ scheme: EndpointAuthScheme) {
        first = (scheme, Self.signer(scheme))
    }

    /// The signer of `scheme`.
    func signer(for scheme: EndpointAuthScheme) throws -> AWSSigV4Signer {
        if scheme == first.scheme { return first.signer }
        guard scheme.kind == .sigv4 else {
            throw AWSConfigurationError("the endpoint asks for SigV4a signing, which this client does not support yet")
        }
        return lock.withLock {
            if let signer = others[scheme] { return signer }
            if others.count >= 64 { others.removeAll() }
            let signer = Self.signer(scheme)
            others[scheme] = signer
            return signer
        }
    }

    private static func signer(_ scheme: EndpointAuthScheme) -> AWSSigV4Signer {
        // S3 and its relatives sign the path as sent and carry the payload hash in `x-amz-content-sha256`.
        AWSSigV4Signer(
            region: scheme.signingRegions.first ?? "", service: scheme.signingName,
            usesStandardURIRules: !scheme.disableDoubleEncoding,
            addsContentSHA256Header: s3SigningNames.contains(scheme.signingName))
    }

    /// The signing names whose requests carry `x-amz-content-sha256`, as botocore's S3 signers send it.
    static let s3SigningNames: Set<String> = ["s3", "s3-object-lambda", "s3-outposts", "s3express"]
}
