import Crypto
import Foundation

/// How a streamed request body goes out, decided once per call before the first attempt is signed.
struct StreamedBodyPlan: Sendable {
    /// The `aws-chunked` encoding the body is sent in, signed once each attempt's request signature is known; nil
    /// to send the body as it is.
    var chunked: AWSChunkedEncoding.Signing?
    var trailer: AWSChecksumAlgorithm?
    var chunkSize = AWSChunkedEncoding.defaultChunkSize
}

extension AWSClient {
    /// Sets the payload hash header of an S3 request (its signer's ``AWSSigV4Signer/addsContentSHA256Header``) or of
    /// one with a streamed body, and chooses how a streamed body goes out.
    ///
    /// - A body that can be sent again and whose length is known (bytes, a file) is read once before sending, for its
    ///   SHA-256 (unless unsigned) and the checksum the operation asks for (``AWSHTTPRequest/streamChecksum``).
    /// - An S3 body read once, or of unknown length, goes `aws-chunked`: signed chunks, or unsigned chunks with a
    ///   checksum trailer when ``AWSClientConfiguration/payloadSigning`` leaves it unsigned.
    /// - Any other service's such body can be sent only unsigned (`UNSIGNED-PAYLOAD`).
    func planBody(
        _ request: inout AWSHTTPRequest, operation: AWSOperation, signer: any AWSRequestSigner
    ) async throws -> StreamedBodyPlan? {
        let s3Rules = (signer as? AWSSigV4Signer)?.addsContentSHA256Header
            ?? (signer as? AWSSigV4aSigner)?.addsContentSHA256Header ?? false
        let unsigned = !operation.isSigned || configuration.payloadSigning.isUnsigned(scheme: request.scheme)
        let hashHeader = SigV4Scheme.contentSHA256Header
        guard let body = request.bodyStream else {
            if s3Rules, unsigned, request.headers[hashHeader] == nil { request.headers.add(hashHeader, "UNSIGNED-PAYLOAD") }
            return nil
        }
        let checksum = request.streamChecksum
        if body.isRereadable, body.length != nil {
            var sha256 = unsigned || request.headers[hashHeader] != nil ? nil : SHA256()
            var summer = checksum.map(AWSChecksumHasher.init)
            if sha256 != nil || summer != nil {
                var count = 0
                for try await chunk in body {
                    chunk.withUnsafeBytes { bytes in
                        sha256?.update(bufferPointer: bytes)
                        summer?.update(bytes)
                    }
                    count += chunk.count
                }
                if let length = body.length, count != length {
                    throw AWSByteStreamError.lengthMismatch(expected: length, received: count)
                }
            }
            if request.headers[hashHeader] == nil {
                request.headers.add(hashHeader, sha256.map { Hex.string($0.finalize()) } ?? "UNSIGNED-PAYLOAD")
            }
            if let summer { request.headers.add(summer.algorithm.headerName, summer.headerValue()) }
            return StreamedBodyPlan(chunked: nil)
        }
        guard s3Rules else {
            guard unsigned, checksum == nil else {
                throw AWSRequestError(
                    operation: operation.name,
                    reason: "a body read once or of unknown length can be sent to \(service.serviceID) only unsigned"
                        + (checksum == nil ? " (payloadSigning .unsignedOverHTTPS over HTTPS)" : " and without a checksum")
                        + "; give bytes or a file")
            }
            request.headers.add(hashHeader, "UNSIGNED-PAYLOAD")
            return StreamedBodyPlan(chunked: nil)
        }
        // S3: aws-chunked. The signer is a placeholder until the request's signature is known.
        guard unsigned || body.length != nil else {
            throw AWSRequestError(
                operation: operation.name,
                reason: "S3 needs the length of a body sent in signed chunks: give the sequence's length, or set "
                    + "payloadSigning to .unsignedOverHTTPS to send it with a checksum trailer")
        }
        let trailer = unsigned ? checksum ?? .crc32 : checksum
        let encoding = AWSChunkedEncoding(
            signing: unsigned ? .unsigned : .signed(AWSChunkSigner.placeholder), trailer: trailer,
            chunkSize: AWSChunkedEncoding.defaultChunkSize)
        request.headers.remove(hashHeader)
        request.headers.add(hashHeader, encoding.contentSHA256)
        let encodings = request.headers["Content-Encoding"].map { "aws-chunked," + $0 } ?? "aws-chunked"
        request.headers.remove("Content-Encoding")
        request.headers.add("Content-Encoding", encodings)
        if let length = body.length { request.headers.add("x-amz-decoded-content-length", String(length)) }
        if let trailer { request.headers.add("x-amz-trailer", trailer.headerName) }
        return StreamedBodyPlan(chunked: encoding.signing, trailer: trailer, chunkSize: encoding.chunkSize)
    }

    /// Puts the streamed body of `request` in its `aws-chunked` encoding, when `plan` has one, with chunk signatures
    /// chained from the signature `signer` gave it with `credentials` at `date`.
    func encodeBody(
        _ request: inout AWSHTTPRequest, plan: StreamedBodyPlan?, signer: any AWSRequestSigner,
        credentials: AWSCredentials?, date: Date, operation: AWSOperation
    ) throws {
        guard let plan, let chunked = plan.chunked, let body = request.bodyStream else { return }
        var signing = chunked
        if case .signed = chunked {
            guard let credentials, let sigV4 = signer as? AWSSigV4Signer,
                let chunkSigner = sigV4.chunkSigner(for: request, credentials: credentials, date: date)
            else {
                throw AWSRequestError(
                    operation: operation.name,
                    reason: "signed aws-chunked bodies need SigV4; send bytes or a file, or set payloadSigning to .unsignedOverHTTPS")
            }
            signing = .signed(chunkSigner)
        }
        request.bodyStream = AWSChunkedEncoding(signing: signing, trailer: plan.trailer, chunkSize: plan.chunkSize).encode(body)
    }
}

extension AWSChunkSigner {
    /// A signer that stands for the one each attempt makes.
    static let placeholder = AWSChunkSigner(
        signingKey: SigningKey([UInt8](repeating: 0, count: 32)), timestamp: "", scope: "", seedSignature: "")
}
