import Crypto
import Foundation

/// S3's `aws-chunked` content encoding of a streamed upload: the body cut into chunks of ``chunkSize`` bytes, each
/// preceded by its size in hex and, when signed, by a signature that chains to the one before it (the first to the
/// request's `Authorization` signature); then a last, empty chunk and, with a trailer, the body's checksum.
///
/// The variants are the `x-amz-content-sha256` values: `STREAMING-AWS4-HMAC-SHA256-PAYLOAD` (signed chunks),
/// `STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER` (signed chunks and a signed trailer) and
/// `STREAMING-UNSIGNED-PAYLOAD-TRAILER` (plain chunks and a trailer). Every chunk but the last is ``chunkSize``
/// bytes long, so the encoded length follows from the body's.
struct AWSChunkedEncoding: Sendable {
    /// How chunks are signed.
    enum Signing: Sendable {
        /// No signatures: `STREAMING-UNSIGNED-PAYLOAD-TRAILER`, which needs a trailer.
        case unsigned
        /// Signed chunks, chained from the request's signature.
        case signed(AWSChunkSigner)
    }

    let signing: Signing
    /// The checksum sent after the last chunk, if any.
    let trailer: AWSChecksumAlgorithm?
    /// The size of every chunk but the last.
    let chunkSize: Int

    /// The size of the chunks the client sends: 1 MiB, as botocore's (AWS's published example uses 64 KiB).
    static let defaultChunkSize = 1 << 20

    /// The `x-amz-content-sha256` value that announces the encoding.
    var contentSHA256: String {
        switch (signing, trailer) {
        case (.unsigned, _): "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
        case (.signed, nil): "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
        case (.signed, _): "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"
        }
    }

    /// The length of the encoding of a body of `length` bytes.
    func encodedLength(_ length: Int) -> Int {
        let signatureLength = if case .signed = signing { ";chunk-signature=".utf8.count + 64 } else { 0 }
        func chunk(_ size: Int) -> Int { String(size, radix: 16).utf8.count + signatureLength + 2 + size + (size > 0 ? 2 : 0) }
        var total = (length / chunkSize) * chunk(chunkSize) + (length % chunkSize > 0 ? chunk(length % chunkSize) : 0)
        total += chunk(0)
        if let trailer {
            total += trailer.headerName.utf8.count + 1 + trailer.headerValueLength + 2
            if case .signed = signing { total += "x-amz-trailer-signature:".utf8.count + 64 + 2 }
        }
        return total + 2
    }

    /// The encoding of `body`, read on demand; it keeps the body's replayability, and each reading starts over
    /// from the first signature.
    func encode(_ body: AWSByteStream) -> AWSByteStream {
        AWSByteStream(Encoded(body: body, encoding: self), length: body.length.map(encodedLength), replayable: body.isReplayable)
    }

    /// The encoded body as a sequence.
    private struct Encoded: AsyncSequence, Sendable {
        typealias Element = [UInt8]
        let body: AWSByteStream
        let encoding: AWSChunkedEncoding

        func makeAsyncIterator() -> AWSByteStream.AsyncIterator {
            AWSByteStream.AsyncIterator(reader: ChunkedReader(body.makeAsyncIterator(), encoding))
        }
    }

    /// Re-cuts the body into chunks of ``chunkSize`` and frames each.
    private final class ChunkedReader: ChunkReader, @unchecked Sendable {
        private var base: AWSByteStream.AsyncIterator
        private let encoding: AWSChunkedEncoding
        /// Bytes read and not yet framed: those of `pending` from `offset` on.
        private var pending: [UInt8] = []
        private var offset = 0
        private var previousSignature: String?
        private var checksum: AWSChecksumHasher?
        private var isFinished = false

        init(_ base: AWSByteStream.AsyncIterator, _ encoding: AWSChunkedEncoding) {
            self.base = base
            self.encoding = encoding
            checksum = encoding.trailer.map(AWSChecksumHasher.init)
            if case .signed(let signer) = encoding.signing { previousSignature = signer.seedSignature }
        }

        func next() async throws -> [UInt8]? {
            guard !isFinished else { return nil }
            while pending.count - offset < encoding.chunkSize, let chunk = try await base.next() {
                if offset > 0 {
                    pending.removeFirst(offset)
                    offset = 0
                }
                pending += chunk
            }
            let size = min(pending.count - offset, encoding.chunkSize)
            if size == 0 {
                isFinished = true
                return finalChunk()
            }
            let frame: [UInt8] = pending.withUnsafeBytes { bytes in
                let data = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + size])
                checksum?.update(data)
                return self.frame(data)
            }
            offset += size
            return frame
        }

        /// `size[;chunk-signature=…]\r\n<data>\r\n`.
        private func frame(_ data: UnsafeRawBufferPointer) -> [UInt8] {
            var frame = Array(String(data.count, radix: 16).utf8)
            frame.reserveCapacity(frame.count + 90 + data.count)
            if case .signed(let signer) = encoding.signing {
                let signature = signer.chunkSignature(previous: previousSignature ?? "", data: data)
                previousSignature = signature
                frame += Array(";chunk-signature=".utf8) + Array(signature.utf8)
            }
            frame += [0x0D, 0x0A]
            frame += data
            if data.count > 0 { frame += [0x0D, 0x0A] }
            return frame
        }

        /// The empty last chunk, the trailer if any, and the closing `\r\n`.
        private func finalChunk() -> [UInt8] {
            var output = frame(UnsafeRawBufferPointer(start: nil, count: 0))
            if let checksum {
                let line = checksum.algorithm.headerName + ":" + checksum.headerValue()
                output += Array((line + "\r\n").utf8)
                if case .signed(let signer) = encoding.signing {
                    let signature = signer.trailerSignature(previous: previousSignature ?? "", trailer: line + "\n")
                    output += Array(("x-amz-trailer-signature:" + signature + "\r\n").utf8)
                }
            }
            output += [0x0D, 0x0A]
            return output
        }
    }
}

/// Signs the chunks of an `aws-chunked` body with the key and scope of the request's signature.
struct AWSChunkSigner: Sendable {
    let signingKey: SigningKey
    /// The request's `X-Amz-Date`.
    let timestamp: String
    /// The credential scope, `<day>/<region>/<service>/aws4_request`.
    let scope: String
    /// The request's signature, which the first chunk's chains to.
    let seedSignature: String

    private static let emptyHash = Hex.string(SHA256.hash(data: [UInt8]()))

    /// The signature of a chunk of `data` after the chunk signed `previous`.
    func chunkSignature(previous: String, data: UnsafeRawBufferPointer) -> String {
        sign("AWS4-HMAC-SHA256-PAYLOAD\n\(timestamp)\n\(scope)\n\(previous)\n\(Self.emptyHash)\n"
            + Hex.string(SHA256.hash(data: data)))
    }

    /// The signature of the trailer, whose header lines (each ending in `\n`) are `trailer`.
    func trailerSignature(previous: String, trailer: String) -> String {
        sign("AWS4-HMAC-SHA256-TRAILER\n\(timestamp)\n\(scope)\n\(previous)\n"
            + Hex.string(SHA256.hash(data: Array(trailer.utf8))))
    }

    private func sign(_ stringToSign: String) -> String {
        Array(stringToSign.utf8).withUnsafeBytes { Hex.string(signingKey.authenticationCode(for: $0)) }
    }
}
