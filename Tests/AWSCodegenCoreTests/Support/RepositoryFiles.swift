import AWSCodegenCore
import Foundation

/// Reads the repository's models and goldens for tests.
enum RepositoryFiles {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The files of the model directory at `path` (relative to the root), named by their relative paths.
    static func modelInput(_ path: String) throws -> ModelInput {
        func file(_ name: String) -> ModelInput.File? {
            let relative = path + "/" + name
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) {
                return ModelInput.File(name: relative, bytes: Array(data))
            }
            // botocore's gzipped files, as the CLI reads them (the emulator fixtures keep botocore's copies).
            return gunzipped(root.appendingPathComponent(relative + ".gz").path).map { ModelInput.File(name: relative, bytes: $0) }
        }
        guard let service = file("service-2.json") else { throw CocoaError(.fileNoSuchFile) }
        return ModelInput(
            service: service, paginators: file("paginators-1.json"), waiters: file("waiters-2.json"),
            endpointRuleSet: file("endpoint-rule-set-1.json"), config: file("aws-codegen.json"))
    }

    /// The golden files in `path`, by name.
    static func goldens(_ path: String) throws -> [String: String] {
        let directory = root.appendingPathComponent(path)
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".swift") {
            result[name] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    /// Writes `files` into `path`, for `UPDATE_GOLDENS=1`.
    static func writeGoldens(_ files: [OutputFile], to path: String) throws {
        let directory = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files {
            try Data(file.contents.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
        }
    }

    /// The bytes of the gzipped file at `path`, through `gzip -dc`; nil when there is no such file.
    private static func gunzipped(_ path: String) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Array(data) : nil
    }
}
