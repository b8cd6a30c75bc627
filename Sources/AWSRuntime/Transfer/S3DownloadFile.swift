import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file a download writes into: a new temporary file beside the destination, written at offsets by concurrent
/// parts (`pwrite`), that replaces the destination when the download succeeds and is removed when it fails.
final class S3DownloadFile: Sendable {
    let path: String
    let temporaryPath: String
    private let descriptor: Int32

    /// Creates the temporary file in the destination's folder.
    ///
    /// - Throws: ``AWSByteStreamError/file(path:reason:)`` naming `path` when the folder cannot take the file.
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(suffix).download").path
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AWSByteStreamError.file(path: path, reason: "cannot create a file beside it: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(descriptor) }

    /// Writes `body` from byte `offset`, chunk by chunk as it arrives; returns the bytes received. Reading stops as
    /// soon as more than `limit` bytes have arrived (the count returned is then over the limit).
    func write(_ body: AWSByteStream?, at offset: Int, limit: Int = .max, reporter: S3TransferProgressReporter) async throws -> Int {
        guard let body else { return 0 }
        var received = 0
        for try await chunk in body {
            guard received + chunk.count <= limit else { return received + chunk.count }
            try writeAll(chunk, at: offset + received)
            received += chunk.count
            reporter.add(chunk.count)
        }
        return received
    }

    private func writeAll(_ chunk: [UInt8], at offset: Int) throws {
        var done = 0
        while done < chunk.count {
            let count = chunk.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + done, chunk.count - done, off_t(offset + done))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw AWSByteStreamError.file(path: path, reason: "cannot write it: \(String(cString: strerror(errno)))")
            }
            done += count
        }
    }

    /// Moves the finished file to the destination, replacing what is there.
    func commit() throws {
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw AWSByteStreamError.file(path: path, reason: "cannot move the downloaded file into place: \(reason)")
        }
    }

    /// Removes the temporary file.
    func discard() {
        unlink(temporaryPath)
    }
}
