import AWSCodegenCore
import Foundation

/// Writes generated files, touching only those whose bytes change.
struct OutputDirectory {
    let path: String

    /// The files whose contents differ from what is on disk.
    func changes(_ files: [OutputFile]) throws -> [OutputFile] {
        files.filter { file in
            FileManager.default.contents(atPath: url(file).path) != Data(file.contents.utf8)
        }
    }

    /// Writes `files` atomically, creating the directory if needed.
    func write(_ files: [OutputFile]) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for file in files {
                try Data(file.contents.utf8).write(to: url(file), options: .atomic)
            }
        } catch {
            throw GeneratorError(file: path, path: "", message: "cannot write the output: \(error.localizedDescription)")
        }
    }

    private func url(_ file: OutputFile) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(file.name)
    }
}
