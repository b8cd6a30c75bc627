import AWSRuntime
import EmulatorS3
import Foundation
import Testing

/// Presigned URLs used by `curl` against moto: a PUT of some bytes, then a GET of the same key.
@Suite struct PresignedURLEmulatorTests {
    @Test func aPresignedPutThenGetRoundTripsTheBytes() async throws {
        let s3 = try EmulatorS3Client(configuration: try await EmulatorClients.configuration())
        let bucket = EmulatorClients.unique("presign")
        _ = try await s3.createBucket(CreateBucketRequest(bucket: bucket))
        let bytes = Data((0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("presign-\(UUID().uuidString)")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let put = try await s3.presignedURL(
            putObject: PutObjectRequest(bucket: bucket, contentType: "application/x-test", key: "dir/a b.bin"),
            expiresIn: .seconds(300))
        #expect(put.method == "PUT")
        #expect(put.headers.map { "\($0.name): \($0.value)" } == ["Content-Type: application/x-test"])
        let headerArguments = put.headers.flatMap { ["-H", "\($0.name): \($0.value)"] }
        let status = try await Self.curl(["-X", "PUT", "--data-binary", "@" + file.path] + headerArguments + [put.url.absoluteString])
        #expect(status.code == "200", "\(status)")

        let get = try await s3.presignedURL(getObject: GetObjectRequest(bucket: bucket, key: "dir/a b.bin"), expiresIn: .seconds(300))
        #expect(get.method == "GET")
        let downloaded = file.appendingPathExtension("down")
        defer { try? FileManager.default.removeItem(at: downloaded) }
        let fetched = try await Self.curl(["-o", downloaded.path, get.url.absoluteString])
        #expect(fetched.code == "200", "\(fetched)")
        #expect(try Data(contentsOf: downloaded) == bytes)

        let object = try await s3.getObject(GetObjectRequest(bucket: bucket, key: "dir/a b.bin"))
        #expect(object.contentType == "application/x-test")
    }

    /// Runs `curl -sS -w '%{http_code}'` and returns the status code it printed (and what else it wrote).
    static func curl(_ arguments: [String]) async throws -> (code: String, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-sS", "--max-time", "30", "-w", "\n%{http_code}"] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        let output: Data = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let data = stdout.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: data)
            }
        }
        let text = String(decoding: output, as: UTF8.self)
        return (String(text.split(separator: "\n").last ?? ""), text)
    }
}
