import AWSRuntime
import Foundation

/// Runs `Tests/E2E/aws_test_server.py`: a fake AWS endpoint on 127.0.0.1 that checks every request's SigV4
/// signature with botocore and answers from a script. One server per test; `stop()` ends it.
public final class FakeAWSServer: @unchecked Sendable {
    /// One request the server received.
    public struct Received: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: String
        public var signatureValid: Bool
        public var reason: String
    }

    private let process: Process
    private let input: Pipe
    /// The server's port on 127.0.0.1.
    public let port: Int
    /// `http://127.0.0.1:<port>`.
    public var url: String { "http://127.0.0.1:\(port)" }

    private init(process: Process, input: Pipe, port: Int) {
        self.process = process
        self.input = input
        self.port = port
    }

    /// Starts a server and waits for its port. The wait happens off the concurrency pool, so that starting
    /// servers does not hold up other tests' tasks.
    public static func start(service: String = "docdb-elastic") async throws -> FakeAWSServer {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("E2E/aws_test_server.py")
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--service", service]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let line: String = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var bytes = [UInt8]()
                while let byte = try? output.fileHandleForReading.read(upToCount: 1)?.first, byte != 0x0A { bytes.append(byte) }
                continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
            }
        }
        guard let port = Int(line.dropFirst("PORT ".count)) else {
            process.terminate()
            throw AWSConfigurationError("the fake AWS server did not start: \(line)")
        }
        return FakeAWSServer(process: process, input: input, port: port)
    }

    deinit { stop() }

    /// Stops the server.
    public func stop() {
        if process.isRunning { process.terminate() }
    }

    private func control(_ method: String, _ path: String, body: String = "") async throws -> [UInt8] {
        let request = AWSHTTPRequest(
            method: method, scheme: "http", host: "127.0.0.1", port: port, path: path, body: Array(body.utf8),
            timeout: .seconds(10))
        return try await AWSDefaultTransport.shared.send(request).body
    }

    /// Sets the answers to the next requests; the last one repeats.
    public func script(_ steps: [JSONValue]) async throws {
        _ = try await control("POST", "/__script", body: JSONValue.array(steps).serializedString())
    }

    /// The requests received so far.
    public func received() async throws -> [Received] {
        let log = try JSONValue.parse(try await control("GET", "/__log"))
        return (log.arrayValue ?? []).map { entry in
            Received(
                method: entry["method"]?.stringValue ?? "",
                path: entry["path"]?.stringValue ?? "",
                headers: (entry["headers"]?.objectValue ?? [:]).compactMapValues(\.stringValue),
                body: entry["body"]?.stringValue ?? "",
                signatureValid: entry["signature_valid"]?.boolValue ?? false,
                reason: entry["reason"]?.stringValue ?? "")
        }
    }

    /// A step that answers with `status`, `headers` and `body`.
    public static func respond(_ status: Int, headers: [String: String] = [:], body: String = "{}") -> JSONValue {
        .object(["status": .int(Int64(status)), "headers": .object(headers.mapValues { .string($0) }), "body": .string(body)])
    }

    /// A step that streams `chunks` as a chunked body; after the first `holdAfter` chunks it waits for `release()`.
    public static func stream(_ chunks: [[UInt8]], headers: [String: String] = [:], holdAfter: Int? = nil) -> JSONValue {
        var step: [String: JSONValue] = [
            "status": .int(200), "headers": .object(headers.mapValues { .string($0) }),
            "chunks": .array(chunks.map { .string(Data($0).base64EncodedString()) }),
        ]
        if let holdAfter { step["hold_after"] = .int(Int64(holdAfter)) }
        return .object(step)
    }

    /// Lets a held `stream` step go on.
    public func release() async throws {
        _ = try await control("POST", "/__release")
    }

    /// A step that sends half a response and closes the connection.
    public static let drop = JSONValue.object(["drop": .bool(true)])
    /// A step that never answers.
    public static let hang = JSONValue.object(["hang": .bool(true)])
}
