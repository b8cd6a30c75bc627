import Foundation

extension AWSByteStream {
    /// Reads the whole body into memory.
    ///
    /// - Throws: ``AWSByteStreamError/tooLong(limit:)`` as soon as more than `limit` bytes have arrived, or the
    ///   error of the connection or the source.
    public func collect(upTo limit: Int) async throws -> [UInt8] {
        if let bytes = inMemoryBytes {
            guard bytes.count <= limit else { throw AWSByteStreamError.tooLong(limit: limit) }
            return bytes
        }
        var bytes: [UInt8] = []
        if let length, length <= limit { bytes.reserveCapacity(length) }
        for try await chunk in self {
            guard bytes.count + chunk.count <= limit else { throw AWSByteStreamError.tooLong(limit: limit) }
            bytes += chunk
        }
        return bytes
    }

    /// Writes the body to the file at `path`, chunk by chunk, replacing any file there; returns the number of bytes
    /// written. A failure leaves what was written so far.
    ///
    /// - Throws: ``AWSByteStreamError/file(path:reason:)`` when the file cannot be created or written, or the error of
    ///   the connection or the source.
    @discardableResult
    public func write(toFile path: String) async throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw AWSByteStreamError.file(path: path, reason: "cannot create it")
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw AWSByteStreamError.file(path: path, reason: "cannot open it for writing")
        }
        defer { try? handle.close() }
        var written = 0
        for try await chunk in self {
            do {
                try handle.write(contentsOf: chunk)
            } catch {
                throw AWSByteStreamError.file(path: path, reason: "cannot write it: \(error.localizedDescription)")
            }
            written += chunk.count
        }
        return written
    }
}
