import Foundation

/// Runs Python helpers that ask the installed botocore what it would do: `../shared/conformance/botocore_oracle.py`
/// and this folder's `presign_oracle.py`. Both work offline.
enum OracleProcess {
    /// The repository root (three folders above this file).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `botocore_oracle.py` of the shared conformance data, beside the repository.
    static let requestOracle = repository.deletingLastPathComponent()
        .appendingPathComponent("shared/conformance/botocore_oracle.py").path

    /// `presign_oracle.py`, beside this file.
    static let presignOracle = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("presign_oracle.py").path

    /// The standard output of `python3 <arguments>` with `input` on its standard input; throws with the standard
    /// error when the script fails. The wait happens off the concurrency pool.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) async throws -> String {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("oracle-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output: Data = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let output = stdout.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: output)
            }
        }
        let errors = (try? Data(contentsOf: errorFile)) ?? Data()
        guard process.terminationStatus == 0 else {
            throw OracleFailure(arguments: arguments, message: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The request botocore builds for `operation` of `service` with `params` (JSON), as `botocore_oracle.py
    /// request` prints it.
    static func request(
        _ service: String, _ operation: String, params: String, extra: [String] = [], environment: [String: String] = [:]
    ) async throws -> [String: Any] {
        let text = try await run(
            [requestOracle, "request", service, operation, "-"] + extra, input: params, environment: environment)
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw OracleFailure(arguments: [service, operation], message: "not a JSON object: \(text)")
        }
        return object
    }
}

/// A helper script failed.
struct OracleFailure: Error, CustomStringConvertible {
    let arguments: [String]
    let message: String
    var description: String { "python3 \(arguments.joined(separator: " ")) failed: \(message)" }
}
