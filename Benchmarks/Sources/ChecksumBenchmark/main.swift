import AWSRuntime
import BenchmarkSupport
import Foundation

// CRC-32, CRC-32C and CRC-64/NVME throughput over one 64 MiB buffer (the bytes 0...255 repeated), one core:
// the median of BATCHES runs, in GB/s (10^9 bytes per second). Prints each digest too, so that checksums.sh can
// check that the Python baseline read the same bytes.
let size = 64 << 20
let buffer = [UInt8]((0..<size).map { UInt8(truncatingIfNeeded: $0) })
let batches = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 9

for algorithm in [AWSChecksumAlgorithm.crc32, .crc32c, .crc64nvme, .sha256] {
    var digest: [UInt8] = []
    let timing = buffer.withUnsafeBytes { bytes in
        Timing(batches: batches, iterations: 1) { digest = algorithm.digest(bytes) }
    }
    let gigabytesPerSecond = Double(size) / (timing.median / 1e6) / 1e9
    let hex = digest.map { String(format: "%02x", $0) }.joined()
    print(String(format: "swift %@: median %.2f GB/s (min %.2f, max %.2f) over %d MiB, digest %@",
                 algorithm.rawValue, gigabytesPerSecond, Double(size) / (timing.max / 1e6) / 1e9,
                 Double(size) / (timing.min / 1e6) / 1e9, size >> 20, hex))
}
