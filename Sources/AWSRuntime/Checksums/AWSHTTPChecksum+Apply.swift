import Foundation

extension AWSHTTPChecksum {
    /// Adds the checksum headers botocore adds to a request it sends (not to a presigned one, which botocore
    /// never gives a checksum): the request checksum (``applyRequestChecksum(to:operation:settings:)``), and the
    /// validation mode header `ENABLED` when `settings` validate responses whenever supported and the caller left
    /// it out (botocore's `_handle_request_validation_mode_member`).
    func apply(to request: inout AWSHTTPRequest, operation: String, settings: AWSChecksumSettings) throws {
        try applyRequestChecksum(to: &request, operation: operation, settings: settings)
        if let header = validationModeHeader, request.headers[header] == nil,
            settings.responseValidation == .whenSupported
        {
            request.headers.add(header, "ENABLED")
        }
    }

    /// Adds the body's checksum to `request` as botocore does (`resolve_request_checksum_algorithm` and
    /// `apply_request_checksum`): the algorithm the caller chose in the algorithm member's header, else CRC-32
    /// when the operation requires a checksum, or supports one and `settings` calculate whenever supported (then
    /// the algorithm header says `CRC32` too). Nothing is added when the caller set an `x-amz-checksum-*` header
    /// (such as S3's `ChecksumCRC32` member).
    ///
    /// The checksum always goes in a header, also for streaming bodies over HTTPS where botocore sends an
    /// `aws-chunked` body with a trailer: S3 accepts both.
    ///
    /// - Throws: ``AWSChecksumError/unsupportedAlgorithm(operation:header:value:)``.
    func applyRequestChecksum(to request: inout AWSHTTPRequest, operation: String, settings: AWSChecksumSettings) throws {
        if request.headers.contains(where: { Self.isChecksumHeader($0.name) }) { return }
        let algorithm: AWSChecksumAlgorithm
        if let header = algorithmHeader, let value = request.headers[header] {
            guard let chosen = AWSChecksumAlgorithm(name: value) else {
                throw AWSChecksumError.unsupportedAlgorithm(operation: operation, header: header, value: value)
            }
            algorithm = chosen
        } else if isRequired || (algorithmHeader != nil && settings.requestCalculation == .whenSupported) {
            algorithm = .crc32
            if let header = algorithmHeader { request.headers.add(header, "CRC32") }
        } else {
            return
        }
        if request.bodyStream != nil {
            // A streamed body's checksum is computed as it is read: from a file before sending, or into a trailer.
            request.streamChecksum = algorithm
        } else {
            request.headers.add(algorithm.headerName, algorithm.headerValue(request.body))
        }
    }

    /// Checks the body of a successful `response` to `request` against the first checksum header it has among
    /// ``responseAlgorithms`` (botocore's `handle_checksum_body`), when `request` carries the validation mode
    /// header; a composite checksum of a multipart object, whose value ends in `-<parts>`, is skipped for the next
    /// algorithm. A response with none passes.
    ///
    /// - Throws: ``AWSChecksumError/mismatch(operation:header:expected:computed:)``.
    func validate(_ response: AWSHTTPResponse, of request: AWSHTTPRequest, operation: String) throws {
        guard let header = validationModeHeader, request.headers[header] != nil, (200..<300).contains(response.status)
        else { return }
        for algorithm in responseAlgorithms {
            let header = algorithm.headerName
            guard let expected = response.headers[header], !expected.contains("-") else { continue }
            try Self.check(algorithm.digest(response.body), expected: expected, header: header, operation: operation)
            return
        }
    }

    /// `body`, which checks itself at its end as ``validate(_:of:operation:)`` checks a whole body, throwing the
    /// mismatch from the read of its last chunk; `body` itself when there is nothing to check.
    func validating(
        _ body: AWSByteStream, status: Int, headers: AWSHTTPHeaders, of request: AWSHTTPRequest, operation: String
    ) -> AWSByteStream {
        guard let header = validationModeHeader, request.headers[header] != nil, (200..<300).contains(status)
        else { return body }
        for algorithm in responseAlgorithms {
            let header = algorithm.headerName
            guard let expected = headers[header], !expected.contains("-") else { continue }
            let hasher = AWSLockedChecksumHasher(algorithm)
            return body.observing { hasher.update($0) } finish: {
                try Self.check(hasher.digest(), expected: expected, header: header, operation: operation)
            }
        }
        return body
    }

    /// Throws ``AWSChecksumError/mismatch(operation:header:expected:computed:)`` unless `digest` is the one `expected`
    /// (base64) gives.
    private static func check(_ digest: [UInt8], expected: String, header: String, operation: String) throws {
        guard Data(base64Encoded: expected).map(Array.init) != digest else { return }
        throw AWSChecksumError.mismatch(
            operation: operation, header: header, expected: expected, computed: Data(digest).base64EncodedString())
    }

    /// Whether `name` is an `x-amz-checksum-<letters or digits>` header (botocore's `CHECKSUM_HEADER_PATTERN`,
    /// which `x-amz-checksum-mode` matches too).
    static func isChecksumHeader(_ name: String) -> Bool {
        let prefix = "x-amz-checksum-"
        guard name.utf8.count > prefix.utf8.count, name.lowercased().hasPrefix(prefix) else { return false }
        return name.utf8.dropFirst(prefix.utf8.count).allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
    }
}
