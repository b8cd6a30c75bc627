import AWSRuntime
import Foundation
import TestSupport
import Testing

/// The checksum algorithms against their published check values and against `Resources/checksums/vectors.json`
/// (zlib, hashlib and, for CRC-32C and CRC-64/NVME, reference implementations checked with awscrt; see
/// `make_vectors.py`).
@Suite struct ChecksumVectorTests {
    private struct Vectors: Decodable {
        let checkedWithAwscrt: Bool
        let vectors: [[String: String]]
    }

    @Test func checkValuesOf123456789() {
        let bytes = Array("123456789".utf8)
        #expect(AWSChecksumAlgorithm.crc32.digest(bytes) == [0xCB, 0xF4, 0x39, 0x26])
        #expect(AWSChecksumAlgorithm.crc32c.digest(bytes) == [0xE3, 0x06, 0x92, 0x83])
        #expect(AWSChecksumAlgorithm.crc64nvme.digest(bytes) == [0xAE, 0x8B, 0x14, 0x86, 0x0A, 0x79, 0x98, 0x88])
    }

    @Test func everyAlgorithmMatchesTheVectors() throws {
        let file = try JSONDecoder().decode(Vectors.self, from: Data(TestResources.text("checksums/vectors.json").utf8))
        #expect(file.checkedWithAwscrt)
        #expect(file.vectors.count == 80)
        for vector in file.vectors {
            let input = try #require(Self.bytes(hex: vector["input"] ?? ""))
            for algorithm in AWSChecksumAlgorithm.allCases {
                #expect(algorithm.headerValue(input) == vector[algorithm.rawValue], "\(algorithm) of \(input.count) bytes")
            }
        }
    }

    /// A digest does not depend on where the bytes start in memory (the loop reads unaligned words).
    @Test func unalignedInputsGiveTheSameDigest() {
        var random = SeededGenerator(seed: 0xC4C)
        let bytes = (0..<600).map { _ in UInt8.random(in: 0...255, using: &random) }
        for algorithm in [AWSChecksumAlgorithm.crc32, .crc32c, .crc64nvme] {
            let whole = algorithm.digest(Array(bytes[1...]))
            let slice = bytes.withUnsafeBytes { algorithm.digest(UnsafeRawBufferPointer(rebasing: $0[1...])) }
            #expect(slice == whole, "seed \(random.seed)")
        }
    }

    @Test func namesAreCaseInsensitiveAndHeadersLowercase() {
        #expect(AWSChecksumAlgorithm(name: "CRC64NVME") == .crc64nvme)
        #expect(AWSChecksumAlgorithm(name: "MD5") == nil)
        #expect(AWSChecksumAlgorithm.crc32c.headerName == "x-amz-checksum-crc32c")
    }

    private static func bytes(hex: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}
