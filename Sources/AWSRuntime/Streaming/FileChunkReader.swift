import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `length` bytes of a file from `offset`, read in chunks with `pread` straight into each chunk's array; the file is
/// opened on the first read and closed at the end. Readers of ranges of the same file (the parts of a multipart
/// upload) each have their own descriptor.
final class FileChunkReader: ChunkReader, @unchecked Sendable {
    private let path: String
    private let chunkSize: Int
    /// Where the next chunk starts.
    private var offset: Int
    /// The bytes still to read.
    private var remaining: Int
    private var descriptor: Int32 = -1
    private var isFinished = false

    init(path: String, chunkSize: Int, offset: Int, length: Int) {
        self.path = path
        self.chunkSize = chunkSize
        self.offset = offset
        remaining = length
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    func next() async throws -> [UInt8]? {
        guard !isFinished else { return nil }
        try Task.checkCancellation()
        if descriptor < 0 {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure("cannot open it for reading") }
        }
        if remaining > 0 {
            let count = Swift.min(chunkSize, remaining)
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                var read = 0
                while read < count {
                    let result = pread(descriptor, buffer.baseAddress! + read, count - read, off_t(offset + read))
                    if result < 0, errno == EINTR { continue }
                    if result < 0 { failed = true }
                    if result <= 0 { break }
                    read += result
                }
                initialized = read
            }
            if failed { throw failure("cannot read it") }
            if !chunk.isEmpty {
                offset += chunk.count
                remaining -= chunk.count
                return chunk
            }
        }
        isFinished = true
        close(descriptor)
        descriptor = -1
        return nil
    }

    private func failure(_ what: String) -> AWSByteStreamError {
        AWSByteStreamError.file(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }
}
