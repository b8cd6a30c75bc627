@testable import AWSCodegenCore
import Testing

/// `waiters-2.json`: what it reads, and errors that name the JSON path of a bad waiter.
@Suite struct WaiterReaderTests {
    static func read(_ waiters: String, operations: Set<String> = ["DescribeThing"]) throws -> [Waiter] {
        try WaiterReader.read(try JSONCDocument(file: "w/waiters-2.json", bytes: Array(waiters.utf8)), operations: operations)
    }

    static func error(_ acceptor: String, waiter: String = #""operation": "DescribeThing", "delay": 5, "maxAttempts": 3"#) -> GeneratorError? {
        do {
            _ = try read(#"{"version": 2, "waiters": {"Ready": {\#(waiter), "acceptors": [\#(acceptor)]}}}"#)
            return nil
        } catch {
            return error as? GeneratorError
        }
    }

    @Test func readsEveryMatcher() throws {
        let waiters = try Self.read(#"""
            {"version": 2, "waiters": {"Ready": {"description": "Ready.", "operation": "DescribeThing", "delay": 5, "maxAttempts": 3,
              "acceptors": [
                {"state": "success", "matcher": "path", "argument": "A.B", "expected": "UP"},
                {"state": "failure", "matcher": "pathAll", "argument": "A[].B", "expected": true},
                {"state": "retry", "matcher": "pathAny", "argument": "A[].C", "expected": 2},
                {"state": "retry", "matcher": "status", "expected": 500},
                {"state": "success", "matcher": "error", "expected": "NotFound"},
                {"state": "failure", "matcher": "error", "expected": false}
              ]}}}
            """#)
        #expect(waiters == [Waiter(name: "Ready", operation: "DescribeThing", delay: 5, maxAttempts: 3, description: "Ready.", acceptors: [
            .init(state: .success, matcher: .path("A.B", expected: .string("UP"))),
            .init(state: .failure, matcher: .pathAll("A[].B", expected: .bool(true))),
            .init(state: .retry, matcher: .pathAny("A[].C", expected: .number(2))),
            .init(state: .retry, matcher: .status(500)),
            .init(state: .success, matcher: .errorCode("NotFound")),
            .init(state: .failure, matcher: .error(false)),
        ])])
    }

    @Test func badWaitersNameTheirPath() {
        #expect(Self.error(#"{"state": "done", "matcher": "path", "argument": "a", "expected": 1}"#)?.path == "waiters.Ready.acceptors[0].state")
        #expect(Self.error(#"{"state": "success", "matcher": "regex", "expected": 1}"#)?.path == "waiters.Ready.acceptors[0].matcher")
        #expect(Self.error(#"{"state": "success", "matcher": "path", "expected": 1}"#)?.message == "missing required key 'argument'")
        #expect(Self.error(#"{"state": "success", "matcher": "status", "expected": 99}"#)?.path == "waiters.Ready.acceptors[0].expected")
        #expect(Self.error(#"{"state": "success", "matcher": "error", "expected": 3}"#)?.path == "waiters.Ready.acceptors[0].expected")
        #expect(Self.error("", waiter: #""operation": "Nope", "delay": 5, "maxAttempts": 3"#)?.message == "unknown operation 'Nope'")
        #expect(Self.error("", waiter: #""operation": "DescribeThing", "delay": 0, "maxAttempts": 3"#)?.path == "waiters.Ready.delay")
    }
}
