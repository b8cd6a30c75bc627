import Testing

@testable import AWSRuntime

/// `AWSHTTPRequest` keeps its fields in a shared storage that is copied on write: a copy must still behave as a
/// value, whichever field changes and however it changes (set, or changed in place).
@Suite struct AWSHTTPRequestTests {
    private static let original = AWSHTTPRequest(
        method: "POST", host: "example.amazonaws.com", port: 8443, path: "/a", query: [.init(name: "q", value: "1")],
        headers: AWSHTTPHeaders([("Content-Type", "application/json")]), body: Array("{}".utf8),
        timeout: .seconds(5))

    /// Each change, made to a copy of `original`.
    private static let changes: [(String, @Sendable (inout AWSHTTPRequest) -> Void)] = [
        ("method", { $0.method = "PUT" }),
        ("scheme", { $0.scheme = "http" }),
        ("host", { $0.host += ".cn" }),
        ("port", { $0.port = nil }),
        ("path", { $0.path.append("/b") }),
        ("query", { $0.query.append(.init(name: "r", value: nil)) }),
        ("headers", { $0.headers.add("X-Amz-Date", "20150830T123600Z") }),
        ("body", { $0.body.append(0x20) }),
        ("bodyStream", { $0.bodyStream = AWSByteStream([1, 2, 3]) }),
        ("streamChecksum", { $0.streamChecksum = .crc32 }),
        ("timeout", { $0.timeout = nil }),
    ]

    @Test(arguments: changes.indices)
    func aChangedCopyLeavesTheOriginalAlone(index: Int) {
        let (field, change) = Self.changes[index]
        let original = Self.original
        var copy = original
        #expect(copy == original)
        change(&copy)
        #expect(copy != original, "changing \(field) changed nothing")
        #expect(original.method == "POST" && original.scheme == "https" && original.host == "example.amazonaws.com")
        #expect(original.port == 8443 && original.path == "/a" && original.query == [.init(name: "q", value: "1")])
        #expect(original.headers == AWSHTTPHeaders([("Content-Type", "application/json")]))
        #expect(original.body == Array("{}".utf8) && original.bodyStream == nil && original.streamChecksum == nil)
        #expect(original.timeout == .seconds(5))
        #expect(original == Self.original)
    }

    @Test func requestsWithTheSameFieldsAreEqual() {
        var rebuilt = AWSHTTPRequest(method: "POST", host: "example.amazonaws.com", port: 8443, path: "/a")
        rebuilt.query = [.init(name: "q", value: "1")]
        rebuilt.headers.add("Content-Type", "application/json")
        rebuilt.body = Array("{}".utf8)
        rebuilt.timeout = .seconds(5)
        #expect(rebuilt == Self.original)
        rebuilt.headers.add("Content-Type", "text/plain")
        #expect(rebuilt != Self.original)
    }

    @Test func aUniqueRequestIsChangedInPlace() {
        var request = Self.original
        request.method = "PUT"  // now unique
        let before = request
        request.path = "/b"
        #expect(before.path == "/a" && request.path == "/b" && before.method == "PUT")
    }
}
