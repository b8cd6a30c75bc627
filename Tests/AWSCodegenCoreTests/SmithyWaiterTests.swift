@testable import AWSCodegenCore
import Testing

/// The `smithy.waiters#waitable` trait, read as botocore's `waiters-2.json` states the same waiters.
@Suite struct SmithyWaiterTests {
    static func model(_ waitable: String) throws -> ServiceModel {
        try SmithyReader.read(try SmithyReaderTests.document(
            """
            "ex#GetThing": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "ex#Out"},
              "traits": {"smithy.api#http": {"method": "GET", "uri": "/thing"}, "smithy.waiters#waitable": \(waitable)}},
            "ex#Out": {"type": "structure", "members": {"status": {"target": "smithy.api#String"}}}
            """,
            serviceExtra: #""operations": [{"target": "ex#GetThing"}],"#))
    }

    @Test func everyMatcherAndTheDelays() throws {
        let model = try Self.model(#"""
            {"ThingReady": {"documentation": "Wait for it.", "minDelay": 5, "maxDelay": 300, "acceptors": [
              {"state": "success", "matcher": {"output": {"path": "status", "expected": "READY", "comparator": "stringEquals"}}},
              {"state": "failure", "matcher": {"output": {"path": "failed", "expected": "true", "comparator": "booleanEquals"}}},
              {"state": "retry", "matcher": {"output": {"path": "parts[].status", "expected": "OK", "comparator": "allStringEquals"}}},
              {"state": "failure", "matcher": {"output": {"path": "parts[].status", "expected": "BAD", "comparator": "anyStringEquals"}}},
              {"state": "retry", "matcher": {"errorType": "NotFound"}},
              {"state": "success", "matcher": {"success": true}},
              {"state": "failure", "matcher": {"success": false}}]},
             "Defaults": {"acceptors": [{"state": "success", "matcher": {"success": true}}]}}
            """#)
        #expect(model.waiters == [
            Waiter(name: "ThingReady", operation: "GetThing", delay: 5, maxAttempts: nil, maxDelay: 300, description: "Wait for it.", acceptors: [
                .init(state: .success, matcher: .path("status", expected: .string("READY"))),
                .init(state: .failure, matcher: .path("failed", expected: .bool(true))),
                .init(state: .retry, matcher: .pathAll("parts[].status", expected: .string("OK"))),
                .init(state: .failure, matcher: .pathAny("parts[].status", expected: .string("BAD"))),
                .init(state: .retry, matcher: .errorCode("NotFound")),
                .init(state: .success, matcher: .error(false)),
                .init(state: .failure, matcher: .error(true)),
            ]),
            Waiter(name: "Defaults", operation: "GetThing", delay: 2, maxAttempts: nil, maxDelay: nil, description: nil,
                   acceptors: [.init(state: .success, matcher: .error(false))]),
        ])
        #expect(model.warnings.isEmpty)
    }

    @Test func aWaiterOnTheInputIsLeftOutWithAWarning() throws {
        let model = try Self.model(#"""
            {"Echo": {"acceptors": [{"state": "success", "matcher": {"inputOutput": {"path": "input.a == output.a", "expected": "true", "comparator": "booleanEquals"}}}]}}
            """#)
        #expect(model.waiters.isEmpty)
        #expect(model.warnings == ["waiter Echo matches on the operation's input, which is not supported; left out"])
    }

    @Test func anUnknownComparatorNamesItsPath() throws {
        let error = try #require(throws: GeneratorError.self) {
            try Self.model(#"{"W": {"acceptors": [{"state": "success", "matcher": {"output": {"path": "a", "expected": "1", "comparator": "numberEquals"}}}]}}"#)
        }
        #expect(error.path == "shapes.ex#GetThing.traits.smithy.waiters#waitable.W.acceptors[0].matcher.output.comparator")
        #expect(error.message.hasPrefix("unknown comparator 'numberEquals'"))
    }
}
