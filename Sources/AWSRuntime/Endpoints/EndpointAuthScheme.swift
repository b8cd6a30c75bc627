import AWSJSON

/// How a request is signed, from the first of the endpoint's `authSchemes` that the client supports.
struct EndpointAuthScheme: Hashable, Sendable {
    /// The signature algorithm.
    enum Kind: Hashable, Sendable {
        /// SigV4 (`AWS4-HMAC-SHA256`) for one region.
        case sigv4
        /// SigV4a (`AWS4-ECDSA-P256-SHA256`) for a set of regions.
        case sigv4a
    }

    var kind: Kind
    /// The signing name, such as `s3`.
    var signingName: String
    /// The signing region (SigV4), or the region set (SigV4a), such as `["*"]`.
    var signingRegions: [String]
    /// Whether the path is signed exactly as sent: no second percent-encoding and no normalization (S3).
    var disableDoubleEncoding = false

    /// The first scheme of `schemes` (the endpoint's `authSchemes` property) that the client supports, with what
    /// it leaves out taken from `fallback`; `fallback` itself when the endpoint names no schemes.
    ///
    /// `sigv4-s3express` (S3 Express One Zone's session auth) is signed as plain SigV4 with its signing name, as
    /// the rules do themselves when `DisableS3ExpressSessionAuth` is set.
    static func choose(_ schemes: JSONValue?, default fallback: EndpointAuthScheme) throws -> EndpointAuthScheme {
        guard let schemes, case .array(let list) = schemes, !list.isEmpty else { return fallback }
        var names: [String] = []
        for scheme in list {
            let name = scheme["name"]?.stringValue ?? ""
            names.append(name)
            let kind: Kind
            switch name {
            case "sigv4", "sigv4-s3express": kind = .sigv4
            case "sigv4a": kind = .sigv4a
            default: continue
            }
            var chosen = fallback
            chosen.kind = kind
            chosen.signingName = scheme["signingName"]?.stringValue ?? fallback.signingName
            if kind == .sigv4a {
                let set = scheme["signingRegionSet"]?.arrayValue?.compactMap(\.stringValue)
                chosen.signingRegions = set.flatMap { $0.isEmpty ? nil : $0 } ?? ["*"]
            } else if let region = scheme["signingRegion"]?.stringValue {
                chosen.signingRegions = [region]
            }
            chosen.disableDoubleEncoding = scheme["disableDoubleEncoding"]?.boolValue ?? false
            return chosen
        }
        throw AWSConfigurationError("none of the endpoint's auth schemes is supported: \(names.joined(separator: ", "))")
    }
}
