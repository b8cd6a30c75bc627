import AWSEndpointRules
import AWSJSON
import Testing

/// botocore's endpoint provider suite: every case of the 429 vendored services' `endpoint-tests-1.json`,
/// resolved with the service's rule set.
@Suite struct EndpointProviderTests {
    @Test func everyProviderCase() throws {
        let skipList = try EndpointSkipList.load()
        var tally = EndpointProviderTally()
        var endpoints = 0
        var errors = 0
        for service in try EndpointTestResources.services() {
            let ruleSet = try EndpointRuleSet(json: EndpointTestResources.bytes("\(service)/endpoint-rule-set-1.json"))
            for testCase in try EndpointProviderCase.load(service: service) {
                if testCase.expectation.isError { errors += 1 } else { endpoints += 1 }
                tally.record(testCase, mismatch: testCase.mismatch(resolvingWith: ruleSet), skipList: skipList)
            }
        }
        tally.finish(skipList: skipList)
        for problem in tally.problems {
            Issue.record(Comment(rawValue: problem))
        }
        #expect(endpoints == 12_387 && errors == 1_640)
        let skipped = tally.skipped == 0 ? "" : " (\(tally.skipped) skipped, see skip-list.json)"
        print("endpoint provider cases: \(tally.passed) of \(endpoints + errors) passed\(skipped)")
    }

    /// A case fails when the URL, a property, a header or the error message differs from what the rules give.
    @Test func wrongExpectationsFail() throws {
        let ruleSet = try EndpointRuleSet(json: EndpointTestResources.bytes("s3control/endpoint-rule-set-1.json"))
        let cases = try EndpointProviderCase.load(service: "s3control")
        let withHeaders = try #require(
            cases.first {
                guard case .endpoint(_, let properties, let headers) = $0.expectation else { return false }
                return !properties.isEmpty && !headers.isEmpty
            })
        let anError = try #require(cases.first { $0.expectation.isError })
        #expect(withHeaders.mismatch(resolvingWith: ruleSet) == nil)
        #expect(anError.mismatch(resolvingWith: ruleSet) == nil)

        guard case .endpoint(let url, let properties, let headers) = withHeaders.expectation,
            case .error(let message) = anError.expectation
        else {
            Issue.record("the cases were chosen by their expectations")
            return
        }
        var wrongProperties = properties
        wrongProperties["extra"] = .bool(true)
        var wrongHeaders = headers
        wrongHeaders[headers.keys.first!]?.append("extra")
        for (testCase, wrong) in [
            (withHeaders, .endpoint(url: url + "/", properties: properties, headers: headers)),
            (withHeaders, .endpoint(url: url, properties: wrongProperties, headers: headers)),
            (withHeaders, .endpoint(url: url, properties: properties, headers: wrongHeaders)),
            (withHeaders, .error("no endpoint")),
            (anError, .error(message + ".")),
            (anError, .endpoint(url: url, properties: properties, headers: headers)),
        ] as [(EndpointProviderCase, EndpointProviderCase.Expectation)] {
            var altered = testCase
            altered.expectation = wrong
            #expect(altered.mismatch(resolvingWith: ruleSet) != nil, "\(wrong)")
        }
    }

    /// A listed case that passes, or an entry naming no case, is a problem; a listed case that fails is skipped.
    @Test func skipListOnlyShrinks() throws {
        let testCase = try #require(try EndpointProviderCase.load(service: "docdb-elastic").first)
        let skipList = try EndpointSkipList(
            json: .array([
                .object([
                    "service": .string("docdb-elastic"), "case": .int(0),
                    "documentation": .string(testCase.documentation), "reason": .string("example"),
                ]),
                .object([
                    "service": .string("docdb-elastic"), "case": .int(99),
                    "documentation": .string("gone"), "reason": .string("example"),
                ]),
            ]))
        var failing = EndpointProviderTally()
        failing.record(testCase, mismatch: "url differs", skipList: skipList)
        #expect(failing.skipped == 1 && failing.passed == 0 && failing.problems.isEmpty)

        var passing = EndpointProviderTally()
        passing.record(testCase, mismatch: nil, skipList: skipList)
        passing.finish(skipList: skipList)
        #expect(passing.passed == 1)
        #expect(
            passing.problems == [
                "\(testCase.name) passes: remove it from skip-list.json",
                "skip-list.json names no case: docdb-elastic #99 (gone)",
            ])
    }
}
