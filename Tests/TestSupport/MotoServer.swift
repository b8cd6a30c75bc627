import Foundation

/// moto (`moto[server]`, a third-party AWS emulator) on a free port of 127.0.0.1, shared by every test of the
/// emulator and identity suites. It serves every service from one endpoint and keeps state for the life of the process,
/// so each test names what it creates uniquely. The server dies with the test process (Linux
/// `PR_SET_PDEATHSIG`), and `.ci/run` installs the pinned version (`scripts/install-deps.sh`).
public final class MotoServer: Sendable {
    /// `http://127.0.0.1:<port>`.
    public let url: String
    private let process: Process

    private init(url: String, process: Process) {
        self.url = url
        self.process = process
    }

    /// The shared server, started on first use.
    public static let shared = Task { try await MotoServer.start() }

    /// Starts moto and waits for the line that gives its address. The wait happens off the concurrency pool.
    private static func start() async throws -> MotoServer {
        let launcher = """
            import ctypes, signal, sys
            try:
                ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: die with the test process
            except Exception:
                pass
            from moto.server import main
            main(["-H", "127.0.0.1", "-p", "0"])
            """
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", launcher]
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
            process.terminate()
            throw MotoUnavailable(reason: "moto did not start (is moto[server] 5.2.5 installed? `make deps` installs it)")
        }
        // Keep draining stderr (one line per request), so that moto never blocks on a full pipe.
        DispatchQueue.global().async {
            while let chunk = try? output.fileHandleForReading.read(upToCount: 65_536), !chunk.isEmpty {}
        }
        return MotoServer(url: address, process: process)
    }

    deinit { process.terminate() }
}

/// moto could not be started.
public struct MotoUnavailable: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}
