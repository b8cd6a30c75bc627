import AWSCodegenCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes generated files, touching only those whose bytes change.
///
/// Files are read and written with POSIX calls on the strings' UTF-8 storage, without copying them into `Data`.
/// A file is written to a temporary file in the same folder and renamed over the old one, so that a reader sees
/// the old file or the new one and never a part; it is not flushed to the disk (no `fsync`), which was most of the
/// time of writing into an empty folder: a file cut short by a crash differs from what the generator makes, so the
/// next run writes it again.
struct OutputDirectory {
    let path: String

    /// The files whose contents differ from what is on disk.
    func changes(_ files: [OutputFile]) throws -> [OutputFile] {
        files.filter { !Self.holds(filePath($0), $0.bytes) }
    }

    /// Writes `files` atomically, creating the directory if needed.
    func write(_ files: [OutputFile]) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw GeneratorError(file: path, path: "", message: "cannot write the output: \(error.localizedDescription)")
        }
        for file in files {
            try Self.replace(filePath(file), with: file.bytes, directory: path)
        }
    }

    private func filePath(_ file: OutputFile) -> String {
        path.hasSuffix("/") ? path + file.name : path + "/" + file.name
    }

    /// Whether the file at `path` exists and holds exactly `contents`.
    private static func holds(_ path: String, _ contents: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        return contents.withUnsafeBufferPointer { expected in
            guard fstat(descriptor, &status) == 0, Int(status.st_size) == expected.count else { return false }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            var offset = 0
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return false }
                // The file grew since `fstat`: it differs.
                guard offset + count <= expected.count else { return false }
                if count == 0 { return offset == expected.count }
                let same = buffer.withUnsafeBytes { memcmp($0.baseAddress!, expected.baseAddress! + offset, count) == 0 }
                guard same else { return false }
                offset += count
            }
        }
    }

    /// Writes `contents` to a temporary file next to `path` and renames it over `path`.
    private static func replace(_ path: String, with contents: [UInt8], directory: String) throws {
        let temporary = "\(path).aws-codegen-\(getpid()).tmp"
        func failure(_ action: String) -> GeneratorError {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return GeneratorError(file: directory, path: "", message: "cannot write the output: \(action) \(path): \(reason)")
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure("cannot create a temporary file for") }
        let written = contents.withUnsafeBufferPointer { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written else {
            let error = failure("cannot write")
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failure("cannot write") }
        guard rename(temporary, path) == 0 else { throw failure("cannot rename a temporary file to") }
    }
}

/// `write(2)`, which the method `OutputDirectory.write(_:)` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
