import Foundation

/// Runs `Resources/proxy/forward_proxy.py`, a forward HTTP proxy on 127.0.0.1 that tunnels `CONNECT` requests and
/// forwards absolute-form ones, and records the request line of each.
final class ForwardProxy: @unchecked Sendable {
    /// The proxy's port on 127.0.0.1.
    let port: Int
    private let process: Process
    private let input: Pipe
    private let lock = NSLock()
    private var received: [String] = []

    private init(process: Process, input: Pipe, port: Int) {
        self.process = process
        self.input = input
        self.port = port
    }

    /// Starts a proxy and waits (off the concurrency pool) until it listens.
    static func start() async throws -> ForwardProxy {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestResources.root.appendingPathComponent("proxy/forward_proxy.py").path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let reader = output.fileHandleForReading
        let line: String = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Self.readLine(reader) ?? "") }
        }
        guard let port = Int(line.dropFirst("PORT ".count)) else {
            process.terminate()
            throw ProxyStartError(line: line)
        }
        let proxy = ForwardProxy(process: process, input: input, port: port)
        Thread.detachNewThread {
            while let line = Self.readLine(reader) { proxy.lock.withLock { proxy.received.append(line) } }
        }
        return proxy
    }

    /// The request lines the proxy has received, such as `CONNECT 127.0.0.1:8080`.
    var requests: [String] { lock.withLock { received } }

    /// Waits until at least `count` request lines have arrived, checking every 10 ms; false after `limit`.
    func waitForRequests(_ count: Int, limit: Duration = .seconds(5)) async -> Bool {
        let end = ContinuousClock.now + limit
        while requests.count < count {
            guard ContinuousClock.now < end else { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    /// Stops the proxy.
    func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
    }

    deinit { stop() }

    /// One line of `handle`, without its newline; nil at the end of the output.
    private static func readLine(_ handle: FileHandle) -> String? {
        var bytes = [UInt8]()
        while true {
            guard let byte = try? handle.read(upToCount: 1)?.first else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }

    struct ProxyStartError: Error, CustomStringConvertible {
        let line: String
        var description: String { "the forward proxy did not start: '\(line)'" }
    }
}
