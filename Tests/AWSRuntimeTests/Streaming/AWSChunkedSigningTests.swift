import Foundation
import Testing
@testable import AWSRuntime

/// `aws-chunked` signing against AWS's published examples ("Signature Calculations for the Authorization Header:
/// Transferring Payload in Multiple Chunks" and "Signature calculations for trailing headers" in the S3 API reference):
/// 66,560 bytes of `a` in 64 KiB chunks, `PUT /examplebucket/chunkObject.txt` on `s3.amazonaws.com` at
/// 20130524T000000Z, with the documentation's example keys.
@Suite struct AWSChunkedSigningTests {
    static let credentials = AWSCredentials(
        accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_369_353_600)  // 2013-05-24T00:00:00Z
    static let signer = AWSSigV4Signer(
        region: "us-east-1", service: "s3", usesStandardURIRules: false, addsContentSHA256Header: true)
    static let payload = [UInt8](repeating: UInt8(ascii: "a"), count: 66_560)

    /// The example's request, with `headers` besides `Host` and `x-amz-storage-class`.
    static func request(_ headers: [(String, String)]) -> AWSHTTPRequest {
        AWSHTTPRequest(
            method: "PUT", host: "s3.amazonaws.com", path: "/examplebucket/chunkObject.txt",
            headers: AWSHTTPHeaders([("Host", "s3.amazonaws.com"), ("x-amz-storage-class", "REDUCED_REDUNDANCY")] + headers))
    }

    /// The encoded body the examples show: two data chunks and the final one, each with its signature.
    static func expectedBody(signatures: [String], trailer: String? = nil) -> [UInt8] {
        var body = Array("10000;chunk-signature=\(signatures[0])\r\n".utf8) + payload[..<65_536] + Array("\r\n".utf8)
        body += Array("400;chunk-signature=\(signatures[1])\r\n".utf8) + payload[65_536...] + Array("\r\n".utf8)
        body += Array("0;chunk-signature=\(signatures[2])\r\n".utf8)
        if let trailer { body += Array(trailer.utf8) }
        return body + Array("\r\n".utf8)
    }

    static func seedSignature(_ request: AWSHTTPRequest) -> String? {
        request.headers["Authorization"]?.components(separatedBy: "Signature=").last
    }

    @Test func signedChunksMatchThePublishedExample() async throws {
        let encoding = AWSChunkedEncoding(signing: .unsigned, trailer: nil, chunkSize: 65_536)
        #expect(AWSChunkedEncoding(signing: .signed(.placeholder), trailer: nil, chunkSize: 65_536).encodedLength(66_560) == 66_824)
        #expect(encoding.encodedLength(0) == 5)
        var request = Self.request([
            ("Content-Encoding", "aws-chunked"), ("Content-Length", "66824"),
            ("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"), ("x-amz-decoded-content-length", "66560"),
        ])
        Self.signer.sign(&request, credentials: Self.credentials, date: Self.date)
        #expect(Self.seedSignature(request) == "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9")
        let chunkSigner = try #require(Self.signer.chunkSigner(for: request, credentials: Self.credentials, date: Self.date))
        let encoded = AWSChunkedEncoding(signing: .signed(chunkSigner), trailer: nil, chunkSize: 65_536)
            .encode(AWSByteStream(Self.payload))
        #expect(encoded.length == 66_824)
        let body = try await encoded.collect(upTo: 1 << 20)
        #expect(body == Self.expectedBody(signatures: [
            "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
            "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
            "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9",
        ]))
        // A body that can be sent again is encoded again from the first signature, whatever the chunks it arrives in.
        let rechunked = AWSByteStream(Self.chunks(of: Self.payload, sizes: [1, 70_000, 7]), length: 66_560)
        let again = try await AWSChunkedEncoding(signing: .signed(chunkSigner), trailer: nil, chunkSize: 65_536)
            .encode(rechunked).collect(upTo: 1 << 20)
        #expect(again == body)
    }

    @Test func signedTrailerMatchesThePublishedExample() async throws {
        var request = Self.request([
            ("Content-Encoding", "aws-chunked"),
            ("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"),
            ("x-amz-decoded-content-length", "66560"), ("x-amz-trailer", "x-amz-checksum-crc32c"),
        ])
        Self.signer.sign(&request, credentials: Self.credentials, date: Self.date)
        #expect(Self.seedSignature(request) == "106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e")
        let chunkSigner = try #require(Self.signer.chunkSigner(for: request, credentials: Self.credentials, date: Self.date))
        let encoding = AWSChunkedEncoding(signing: .signed(chunkSigner), trailer: .crc32c, chunkSize: 65_536)
        #expect(encoding.contentSHA256 == "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER")
        let encoded = encoding.encode(AWSByteStream(Self.payload))
        let body = try await encoded.collect(upTo: 1 << 20)
        #expect(body == Self.expectedBody(
            signatures: [
                "b474d8862b1487a5145d686f57f013e54db672cee1c953b3010fb58501ef5aa2",
                "1c1344b170168f8e65b41376b44b20fe354e373826ccbbe2c1d40a8cae51e5c7",
                "2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992",
            ],
            trailer: "x-amz-checksum-crc32c:sOO8/Q==\r\n"
                + "x-amz-trailer-signature:d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435\r\n"))
        #expect(encoded.length == body.count)
    }

    @Test func unsignedTrailerFramesChunksAndChecksum() async throws {
        let encoding = AWSChunkedEncoding(signing: .unsigned, trailer: .crc32, chunkSize: 8)
        #expect(encoding.contentSHA256 == "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
        let text = Array("hello world, chunked".utf8)
        let encoded = encoding.encode(AWSByteStream(Self.chunks(of: text, sizes: [3, 11, 6]), length: text.count))
        let body = try await encoded.collect(upTo: 1024)
        let crc = AWSChecksumAlgorithm.crc32.headerValue(text)
        #expect(String(decoding: body, as: UTF8.self)
            == "8\r\nhello wo\r\n8\r\nrld, chu\r\n4\r\nnked\r\n0\r\nx-amz-checksum-crc32:\(crc)\r\n\r\n")
        #expect(encoded.length == body.count)
        // A sequence is read once: the encoding of one that has been read fails rather than send nothing.
        await #expect(throws: AWSByteStreamError.alreadyConsumed) { _ = try await encoded.collect(upTo: 1024) }
    }

    /// `bytes` cut into chunks of `sizes`, in turn, as a sequence read once.
    static func chunks(of bytes: [UInt8], sizes: [Int]) -> AsyncThrowingStream<[UInt8], any Error> {
        let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        var offset = 0
        var index = 0
        while offset < bytes.count {
            let size = min(sizes[index % sizes.count], bytes.count - offset)
            continuation.yield(Array(bytes[offset..<offset + size]))
            offset += size
            index += 1
        }
        continuation.finish()
        return stream
    }
}
