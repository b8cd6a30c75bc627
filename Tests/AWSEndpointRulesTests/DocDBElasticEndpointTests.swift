import AWSJSON
import Testing

@testable import AWSEndpointRules

/// One case of botocore's `endpoint-tests-1.json` for docdb-elastic.
struct EndpointTestCase: Sendable, CustomTestStringConvertible {
    enum Expectation: Sendable {
        case url(String)
        case error(String)
    }

    let documentation: String
    let parameters: EndpointParameters
    let expectation: Expectation

    var testDescription: String { documentation }

    static func load(_ relativePath: String) throws -> [EndpointTestCase] {
        let document = try EndpointTestResources.json(relativePath)
        return try #require(document["testCases"]?.arrayValue).map { testCase in
            var parameters = EndpointParameters()
            for (name, value) in testCase["params"]?.objectValue ?? [:] {
                switch value {
                case .string(let string): parameters[name] = .string(string)
                case .bool(let bool): parameters[name] = .bool(bool)
                default:
                    parameters[name] = .stringArray(try #require(value.arrayValue).map { try #require($0.stringValue) })
                }
            }
            let expectation: Expectation =
                if let message = testCase["expect"]?["error"]?.stringValue {
                    .error(message)
                } else {
                    .url(try #require(testCase["expect"]?["endpoint"]?["url"]?.stringValue))
                }
            return EndpointTestCase(
                documentation: try #require(testCase["documentation"]?.stringValue),
                parameters: parameters,
                expectation: expectation
            )
        }
    }
}

@Suite struct DocDBElasticEndpointTests {
    static let ruleSet = Result {
        try EndpointRuleSet(json: EndpointTestResources.bytes("docdb-elastic/endpoint-rule-set-1.json"))
    }

    @Test func hasAllTwentyOneCases() throws {
        let cases = try EndpointTestCase.load("docdb-elastic/endpoint-tests-1.json")
        #expect(cases.count == 21)
        #expect(cases.filter { if case .error = $0.expectation { true } else { false } }.count == 3)
    }

    @Test(arguments: try EndpointTestCase.load("docdb-elastic/endpoint-tests-1.json"))
    func resolves(_ testCase: EndpointTestCase) throws {
        let ruleSet = try Self.ruleSet.get()
        switch testCase.expectation {
        case .url(let url):
            #expect(try ruleSet.resolve(testCase.parameters).url == url)
        case .error(let message):
            #expect(throws: EndpointResolutionError(message)) { try ruleSet.resolve(testCase.parameters) }
        }
    }

    @Test func matchesTheModelsCopy() throws {
        let ruleSet = try Self.ruleSet.get()
        #expect(ruleSet.version == "1.0")
        #expect(ruleSet.parameters.map(\.name) == ["Endpoint", "Region", "UseDualStack", "UseFIPS"])
        let region = try #require(ruleSet.parameters.first { $0.name == "Region" })
        #expect(region.builtIn == "AWS::Region")
        #expect(region.type == .string)
        #expect(!region.isRequired)
        let fips = try #require(ruleSet.parameters.first { $0.name == "UseFIPS" })
        #expect(fips.isRequired && fips.defaultValue == .bool(false) && fips.type == .boolean)
    }
}
