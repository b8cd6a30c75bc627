import AWSRuntime
import Foundation

/// A temporary home folder with `~/.aws/config`, `~/.aws/credentials` and `~/.aws/sso/cache`, and the
/// environment that points at it.
struct IdentityTestHome {
    let path: String

    init(config: String = "", credentials: String = "") throws {
        path = NSTemporaryDirectory() + "aws-identity-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/.aws/sso/cache", withIntermediateDirectories: true)
        try write(".aws/config", config)
        try write(".aws/credentials", credentials)
    }

    /// Writes `text` to `relativePath` under the home folder; returns the full path.
    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        let full = path + "/" + relativePath
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    func read(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path + "/" + relativePath)), as: UTF8.self)
    }

    /// `HOME` and the two shared files, plus `extra`; no credential variables unless `extra` has them.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        [
            "HOME": path,
            "AWS_CONFIG_FILE": path + "/.aws/config",
            "AWS_SHARED_CREDENTIALS_FILE": path + "/.aws/credentials",
            "AWS_EC2_METADATA_DISABLED": "true",
        ].merging(extra) { _, new in new }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Forwards to another transport and keeps each request and response, to check what was sent and received.
final class RecordingTransport: AWSTransport, @unchecked Sendable {
    private let base: any AWSTransport
    private let lock = NSLock()
    private var recorded: [AWSHTTPRequest] = []
    private var received: [AWSHTTPResponse] = []

    init(_ base: any AWSTransport) {
        self.base = base
    }

    var requests: [AWSHTTPRequest] { lock.withLock { recorded } }
    var bodies: [String] { requests.map { String(decoding: $0.body, as: UTF8.self) } }
    var responseBodies: [String] { lock.withLock { received.map { String(decoding: $0.body, as: UTF8.self) } } }

    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        lock.withLock { recorded.append(request) }
        let response = try await base.send(request)
        lock.withLock { received.append(response) }
        return response
    }
}

/// A transport for tests that must not reach the network: every request fails the test's expectation.
struct UnreachableTransport: AWSTransport {
    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        throw AWSConfigurationError("unexpected request to \(request.host)\(request.path)")
    }
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date()) {
        current = start
    }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}
