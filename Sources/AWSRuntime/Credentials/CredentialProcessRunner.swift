import Foundation

/// Runs a `credential_process` command and collects what it writes, within a time limit.
enum CredentialProcessRunner {
    /// What the process did.
    struct Outcome {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    /// Why the process did not finish.
    enum Failure: Error {
        /// It could not be started.
        case launch(String)
        /// It ran past the time limit and was stopped.
        case timedOut
    }

    /// Runs `arguments` (the program, found on `environment`'s `PATH`, and its arguments) with `environment`,
    /// stopping it after `timeout`.
    static func run(_ arguments: [String], environment: [String: String], timeout: Duration) async throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let exited = AsyncStream<Void> { continuation in
            process.terminationHandler = { _ in continuation.finish() }
        }
        do {
            try process.run()
        } catch {
            throw Failure.launch(error.localizedDescription)
        }
        // Both pipes are drained while the process runs, so that a chatty process never blocks on a full pipe.
        // The readers are not awaited after a timeout: a child of the process may hold the pipes open longer.
        let standardOutput = Task { await read(output.fileHandleForReading) }
        let standardError = Task { await read(errors.fileHandleForReading) }
        let finishedInTime = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for await _ in exited {}
                return true
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        guard finishedInTime else {
            process.terminate()
            throw Failure.timedOut
        }
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: await standardOutput.value,
            standardError: await standardError.value)
    }

    /// Everything `handle` yields until end of file, read off the cooperative pool.
    private static func read(_ handle: FileHandle) async -> [UInt8] {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Array(handle.readDataToEndOfFile()))
            }
        }
    }
}
