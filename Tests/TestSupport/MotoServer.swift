import Foundation

/// moto (`moto[server]`, a third-party AWS emulator) on a free port of 127.0.0.1, shared by every test of the
/// emulator and identity suites. It serves every service from one endpoint and keeps state for the life of the process,
/// so each test names what it creates uniquely. The server dies with the test process: it exits when its standard
/// input, a pipe only the test process holds, reaches its end, which it does however that process ends. (moto's
/// server ignores `SIGTERM`, so a parent-death signal left one running after every test run.) `.ci/run` installs
/// the pinned version (`scripts/install-deps.sh`).
public final class MotoServer: Sendable {
    /// `http://127.0.0.1:<port>`.
    public let url: String
    private let process: Process
    /// The server's standard input, held open for the life of the test process.
    private let input: Pipe

    private init(url: String, process: Process, input: Pipe) {
        self.url = url
        self.process = process
        self.input = input
    }

    /// The shared server, started on first use.
    public static let shared = Task { try await MotoServer.start() }

    /// Starts moto and waits for the line that gives its address. The wait happens off the concurrency pool.
    private static func start() async throws -> MotoServer {
        let launcher = """
            import os, sys, threading
            def exit_at_end_of_input():
                sys.stdin.buffer.read()
                os._exit(0)
            threading.Thread(target=exit_at_end_of_input, daemon=True).start()
            from moto.server import main
            main(["-H", "127.0.0.1", "-p", "0"])
            """
        let process = Process()
        let output = Pipe()
        let input = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", launcher]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = output
        try process.run()
        // moto (werkzeug) writes ` * Running on http://127.0.0.1:<port>` to stderr once it listens.
        let address: String? = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var text = ""
                while let chunk = try? output.fileHandleForReading.read(upToCount: 1), let byte = chunk.first {
                    text.append(Character(UnicodeScalar(byte)))
                    if byte == 0x0A, let line = text.split(separator: "\n").last, let range = line.range(of: "Running on ") {
                        return continuation.resume(returning: String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces))
                    }
                    if text.count > 20_000 { break }
                }
                continuation.resume(returning: nil)
            }
        }
        guard let address, address.hasPrefix("http://127.0.0.1:") else {
            kill(process.processIdentifier, SIGKILL)
            throw MotoUnavailable(reason: "moto did not start (is moto[server] 5.2.5 installed? `make deps` installs it)")
        }
        // Keep draining stderr (one line per request), so that moto never blocks on a full pipe.
        DispatchQueue.global().async {
            while let chunk = try? output.fileHandleForReading.read(upToCount: 65_536), !chunk.isEmpty {}
        }
        return MotoServer(url: address, process: process, input: input)
    }

    /// moto ignores `SIGTERM`.
    deinit { kill(process.processIdentifier, SIGKILL) }
}

/// moto could not be started.
public struct MotoUnavailable: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}
