// Uploads a file to, or downloads an object into a file from, the loopback server of streaming.sh through the
// generated S3 client and the default transport, and prints the time, the throughput and the process's peak RSS.
// `upload` is one streamed PutObject and `download` one streamed GetObject; `upload-file` and `download-file` are
// the client's transfers (uploadFile, downloadFile) with their default parts and concurrency, as boto3's are.
//
// Usage: StreamingBenchmark <endpoint URL> upload|download|upload-file|download-file <file> <bytes>
import AWSRuntime
import Foundation
import S3

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = CommandLine.arguments
guard arguments.count == 5, let size = Int(arguments[4]),
      ["upload", "download", "upload-file", "download-file"].contains(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: StreamingBenchmark <endpoint URL> upload|download|upload-file|download-file <file> <bytes>\n".utf8))
    exit(2)
}
let (endpoint, direction, path) = (arguments[1], arguments[2], arguments[3])

/// The process's peak resident set size, in MiB.
func peakRSSMiB() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576  // bytes
    #else
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // KiB
    #endif
}

let s3 = try S3Client(configuration: AWSClientConfiguration(
    region: "us-east-1", endpoint: endpoint,
    credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "bench", secretAccessKey: "bench")),
    attemptTimeout: nil, environment: [:]))
let start = ContinuousClock.now
switch direction {
case "upload":
    _ = try await s3.putObject(PutObjectRequest(body: try .file(path: path), bucket: "bench", key: "object"))
case "upload-file":
    _ = try await s3.uploadFile(path, to: CreateMultipartUploadRequest(bucket: "bench", key: "object"))
default:
    let written: Int
    if direction == "download" {
        let object = try await s3.getObject(GetObjectRequest(bucket: "bench", key: "object"))
        written = try await object.body?.write(toFile: path) ?? 0
    } else {
        written = try await s3.downloadFile(GetObjectRequest(bucket: "bench", key: "object"), to: path).byteCount
    }
    guard written == size else {
        FileHandle.standardError.write(Data("downloaded \(written) bytes, expected \(size)\n".utf8))
        exit(1)
    }
}
let elapsed = ContinuousClock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(String(format: "swift %@: %.2f s, %.0f MB/s, peak RSS %.1f MiB", direction, seconds, Double(size) / seconds / 1e6, peakRSSMiB()))
