import Foundation

/// Runs the built `aws-codegen` executable in a child process, as a user would, so that a crash shows as a
/// signal rather than ending the test run.
enum CodegenProcess {
    /// What one run gave.
    struct Result {
        var status: Int32
        var stderr: String
        var timedOut: Bool
    }

    /// The executable beside the test bundle (`swift build --build-tests` builds both into one folder).
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("aws-codegen")
    }

    /// Runs `aws-codegen` with `arguments`, ended after `timeout` seconds.
    static func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Read on another thread while it runs: a full pipe would block the child, and a child that hangs
        // must not hang the test.
        let output = ErrorOutput()
        let read = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            output.set(errors.fileHandleForReading.readDataToEndOfFile())
            read.signal()
        }
        let timedOut = exited.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            process.terminate()
            exited.wait()
        }
        read.wait()
        let data = output.get()
        return Result(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self), timedOut: timedOut)
    }
}

/// The standard error a reader thread collected.
private final class ErrorOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ data: Data) { lock.withLock { self.data = data } }
    func get() -> Data { lock.withLock { data } }
}
