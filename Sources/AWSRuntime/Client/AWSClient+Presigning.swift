import AWSEndpointRules
import Foundation

extension AWSClient {
    /// A presigned request for `operation` with `input`, valid for `expiresIn` from `date`, as botocore's
    /// `generate_presigned_url` makes it: the request's endpoint comes from the endpoint rules, it is signed for the
    /// client's region with the credentials of the client's provider, and the signature goes in the query
    /// (`X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`,
    /// `X-Amz-Security-Token`, `X-Amz-Signature`, in that order, after the operation's own parameters).
    ///
    /// - S3 (and its relatives): the payload is `UNSIGNED-PAYLOAD`, so the body is whatever the sender sends, and
    ///   a bucket that can be a host name goes to the global endpoint `<bucket>.s3.amazonaws.com` in the `aws`
    ///   partition, as botocore presigns.
    /// - Query and EC2 protocols: the form parameters move from the body to the query.
    /// - No checksum headers are added (botocore adds none to presigned requests).
    ///
    /// - Throws: ``AWSPresigningError/expiresOutOfRange(_:)`` when `expiresIn` is not 1 second to 7 days,
    ///   ``AWSPresigningError/bodyNotInURL(operation:)`` when the operation's request has a body that is neither
    ///   S3's nor a form, the validation, endpoint and credential errors of a call.
    @_spi(Generated) public func presign<Input: AWSEncodableShape>(
        _ operation: AWSOperation, _ input: Input, expiresIn: Duration, date: Date = Date()
    ) async throws -> AWSPresignedRequest {
        let seconds = Int(expiresIn.components.seconds)
        guard AWSPresigningError.allowedExpires.contains(seconds), expiresIn == .seconds(seconds) else {
            throw AWSPresigningError.expiresOutOfRange(seconds)
        }
        let credentials = operation.isSigned ? try await credentials.credentials() : nil
        let bucket = try EndpointContextReader.parameters(operation, input)["Bucket"].flatMap { value -> String? in
            if case .string(let name) = value { name } else { nil }
        }
        let isS3 = SignerCache.s3SigningNames.contains(service.signingName)
        let overrides = isS3 ? s3GlobalEndpointOverrides(bucket: bucket) : [:]
        var (request, auth) = try prepareRequest(
            operation, input, accountId: credentials?.accountId, presigning: true, endpointOverrides: overrides)
        // botocore signs for the client's region unless an S3 bucket ARN names another (`ignore_signing_region`).
        if auth.kind == .sigv4, bucket.map(Self.isARN) != true { auth.signingRegions = [region] }
        request.headers.remove("Content-Length")
        let isForm = request.headers["Content-Type"]?.hasPrefix("application/x-www-form-urlencoded") == true
        // A Content-Type the protocol gives a body the URL does not carry is not signed; one a member sets is.
        if try !Self.setsContentType(input) { request.headers.remove("Content-Type") }
        if SignerCache.s3SigningNames.contains(auth.signingName) {
            request.body = []
            request.headers.set("x-amz-content-sha256", "UNSIGNED-PAYLOAD")
        } else if isForm {
            request.query += Self.formItems(request.body)
            request.body = []
        } else if !request.body.isEmpty {
            throw AWSPresigningError.bodyNotInURL(operation: operation.name)
        }
        // botocore re-encodes the query from a dictionary: a bare name gets `=`.
        request.query = request.query.map { AWSHTTPRequest.QueryItem(name: $0.name, value: $0.value ?? "") }
        if let credentials {
            try signers.signer(for: auth).presign(&request, credentials: credentials, date: date, expires: seconds)
            Self.orderAuthParameters(&request.query)
        }
        guard let url = URL(string: request.url) else {
            throw AWSRequestError(operation: operation.name, reason: "the presigned URL is not a valid URL: \(request.url)")
        }
        var headers = request.headers
        headers.remove("Host")
        return AWSPresignedRequest(method: request.method, url: url, headers: headers)
    }

    /// The built-ins botocore sets to presign S3 at the global endpoint (`customize_endpoint_resolver_builtins`):
    /// region `aws-global` and `UseGlobalEndpoint`, when the client presigns there
    /// (``EndpointBuiltIns/s3PresignsAtGlobalEndpoint()``), path style is not asked for, and the bucket is a valid
    /// host label, not an ARN and not an S3 Express bucket.
    private func s3GlobalEndpointOverrides(bucket: String?) -> EndpointParameters {
        guard endpoints.s3PresignsAtGlobalEndpoint, endpoints.clientParameter("ForcePathStyle") != .bool(true)
        else { return [:] }
        // A bucket that is not one host label (botocore's `VALID_HOST_LABEL_RE`), an ARN or a directory bucket keeps
        // its regional endpoint.
        if let bucket,
            !EndpointFunctions.isValidHostLabel(bucket, allowSubDomains: false) || Self.isARN(bucket)
                || bucket.hasSuffix("--x-s3")
        {
            return [:]
        }
        return ["Region": .string("aws-global"), "UseGlobalEndpoint": .bool(true)]
    }

    private static func isARN(_ name: String) -> Bool { name.hasPrefix("arn:") }

    /// Whether `input` sets a member bound to the `Content-Type` header.
    private static func setsContentType<Input: AWSEncodableShape>(_ input: Input) throws -> Bool {
        let keys = Input.awsMembers.compactMap { member -> String? in
            guard case .header(let name) = member.location, name.lowercased() == "content-type" else { return nil }
            return member.key
        }
        return try !EndpointContextReader.members(Set(keys), of: input).isEmpty
    }

    /// The `name=value` pairs of a form body, decoded (`+` is a space) and percent-encoded again as query
    /// parameters are (a space is `%20`), as botocore re-encodes them.
    private static func formItems(_ body: [UInt8]) -> [AWSHTTPRequest.QueryItem] {
        func reencode(_ bytes: ArraySlice<UInt8>) -> String {
            PercentEncoding.encode(PercentEncoding.decodeForm(String(decoding: bytes, as: UTF8.self)))
        }
        return body.split(separator: UInt8(ascii: "&")).map { pair in
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            return AWSHTTPRequest.QueryItem(name: reencode(parts[0]), value: parts.count > 1 ? reencode(parts[1]) : "")
        }
    }

    /// Puts `X-Amz-Expires` before `X-Amz-SignedHeaders`, where botocore writes it (the signature does not depend
    /// on the order: the canonical query is sorted).
    private static func orderAuthParameters(_ query: inout [AWSHTTPRequest.QueryItem]) {
        guard let expires = query.firstIndex(where: { $0.name == "X-Amz-Expires" }),
            let signed = query.firstIndex(where: { $0.name == "X-Amz-SignedHeaders" }), signed < expires
        else { return }
        query.insert(query.remove(at: expires), at: signed)
    }
}
