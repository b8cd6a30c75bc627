import Foundation
import AWSJMESPath
import AWSJSON
import Testing

/// The official JMESPath compliance suite (`Resources/jmespath`, from jmespath.test): every case, each failure
/// reported with its file, position and expression.
@Suite struct JMESPathComplianceTests {
    /// The suite's case count: 892 in the 16 feature files and 16 in `benchmarks.json`.
    static let caseCount = 908

    @Test func everyCasePasses() throws {
        let cases = try JMESPathComplianceCase.load(from: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/jmespath"))
        #expect(cases.count == Self.caseCount, "the vendored suite has \(Self.caseCount) cases")
        var passed = 0
        for testCase in cases {
            if let failure = testCase.failure() {
                Issue.record("\(testCase): \(failure)")
            } else {
                passed += 1
            }
        }
        print("JMESPath compliance: \(passed) of \(cases.count) cases passed")
    }

    @Test func theCheckRejectsWrongOutcomes() throws {
        let given = try JSONValue.parse(#"{"a": [1, 2.5, "x"]}"#)
        func check(_ expression: String, _ expected: JMESPathComplianceCase.Expectation) -> String? {
            JMESPathComplianceCase(file: "self-test", suite: 0, index: 0, expression: expression, given: given, expected: expected).failure()
        }
        #expect(check("a[0]", .result(.double(1))) == nil)
        #expect(check("a", .result(.array([.int(1), .double(2.5), .string("x")]))) == nil)
        #expect(check("a", .result(.array([.int(1), .double(2.5)]))) != nil)
        #expect(check("a[0]", .result(.int(2))) != nil)
        #expect(check("a[0]", .result(.string("1"))) != nil)
        #expect(check("a[0]", .result(.null)) != nil)
        #expect(check("a[0]", .error("syntax")) != nil)
        #expect(check("a[", .error("syntax")) == nil)
        #expect(check("a[", .error("invalid-type")) != nil)
        #expect(check("a[", .result(.null)) != nil)
        #expect(check("a[", .noError) != nil)
        #expect(check("a", .noError) == nil)
    }
}
