import AWSJSON
import Testing

@testable import AWSEndpointRules

/// Evaluation of a hand-written rule set that uses what docdb-elastic does not.
@Suite struct EndpointRuleSetEvaluationTests {
    static let ruleSet = Result {
        try EndpointRuleSet(
            json: Array(
                #"""
                {"version": "1.0",
                 "parameters": {
                   "Region": {"type": "String", "builtIn": "AWS::Region"},
                   "Bucket": {"type": "String"},
                   "Mode": {"type": "String", "required": true, "default": "plain"},
                   "Names": {"type": "stringArray", "default": ["x", "y"]},
                   "Flag": {"type": "Boolean"}
                 },
                 "rules": [
                   {"conditions": [{"fn": "stringEquals", "argv": [{"ref": "Mode"}, "fail"]}],
                    "error": "Mode {Mode} is not allowed", "type": "error"},
                   {"conditions": [
                      {"fn": "stringEquals", "argv": [{"ref": "Mode"}, "arn"]},
                      {"fn": "aws.parseArn", "argv": [{"ref": "Bucket"}], "assign": "Arn"},
                      {"fn": "getAttr", "argv": [{"ref": "Arn"}, "resourceId[1]"], "assign": "Name"}],
                    "endpoint": {"url": "https://{Name}.{Arn#service}.{Arn#region}.example.com"}, "type": "endpoint"},
                   {"conditions": [
                      {"fn": "stringEquals", "argv": [{"ref": "Mode"}, "split"]},
                      {"fn": "split", "argv": [{"ref": "Bucket"}, "--", 0], "assign": "Parts"}],
                    "endpoint": {"url": "https://{Parts#[1]}.example.com"}, "type": "endpoint"},
                   {"conditions": [{"fn": "stringEquals", "argv": [{"ref": "Mode"}, "ite"]}],
                    "endpoint": {"url": {"fn": "ite", "argv": [{"fn": "coalesce", "argv": [{"ref": "Flag"}, false]},
                                                              "https://on.example.com", "https://off.example.com"]}},
                    "type": "endpoint"},
                   {"conditions": [{"fn": "stringEquals", "argv": [{"ref": "Mode"}, "tree"]}], "type": "tree",
                    "rules": [{"conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
                               "endpoint": {"url": "https://tree.example.com"}, "type": "endpoint"}]},
                   {"conditions": [
                      {"fn": "stringEquals", "argv": [{"ref": "Mode"}, "scope"]},
                      {"fn": "uriEncode", "argv": ["a b"], "assign": "Tmp"},
                      {"fn": "booleanEquals", "argv": [true, false]}],
                    "error": "unreachable", "type": "error"},
                   {"conditions": [
                      {"fn": "stringEquals", "argv": [{"ref": "Mode"}, "scope"]},
                      {"fn": "isSet", "argv": [{"ref": "Tmp"}]}],
                    "error": "Tmp leaked", "type": "error"},
                   {"conditions": [{"fn": "stringEquals", "argv": [{"ref": "Mode"}, "scope"]}],
                    "error": "Tmp was restored", "type": "error"},
                   {"conditions": [
                      {"fn": "isSet", "argv": [{"ref": "Region"}]},
                      {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "PartitionResult"}],
                    "endpoint": {
                      "url": "https://svc.{Region}.{PartitionResult#dnsSuffix}/{{literal}}",
                      "headers": {"x-names": [{"fn": "getAttr", "argv": [{"ref": "Names"}, "[0]"]}, "fixed"]},
                      "properties": {
                        "authSchemes": [{"name": "sigv4", "signingRegion": "{Region}", "disableDoubleEncoding": true}],
                        "partition": "{PartitionResult#name}"}},
                    "type": "endpoint"},
                   {"conditions": [], "error": "Mode {Mode} needs a Region", "type": "error"}
                 ]}
                """#.utf8))
    }

    private func resolve(_ parameters: EndpointParameters) throws -> ResolvedEndpoint {
        try Self.ruleSet.get().resolve(parameters)
    }

    private func error(_ parameters: EndpointParameters) throws -> String? {
        let ruleSet = try Self.ruleSet.get()
        do {
            _ = try ruleSet.resolve(parameters)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func buildsHeadersAndPropertiesFromDefaults() throws {
        #expect(
            try resolve(["Region": "eu-west-1"])
                == ResolvedEndpoint(
                    url: "https://svc.eu-west-1.amazonaws.com/{literal}",
                    headers: ["x-names": ["x", "fixed"]],
                    properties: [
                        "authSchemes": .array([
                            .object([
                                "name": .string("sigv4"), "signingRegion": .string("eu-west-1"),
                                "disableDoubleEncoding": .bool(true),
                            ])
                        ]),
                        "partition": .string("aws"),
                    ]))
        #expect(try resolve(["Region": "cn-north-1", "Names": ["n1"]]).headers == ["x-names": ["n1", "fixed"]])
        #expect(try resolve(["Region": "cn-north-1"]).url == "https://svc.cn-north-1.amazonaws.com.cn/{literal}")
    }

    @Test func interpolatesErrorMessages() throws {
        #expect(try error(["Mode": "fail"]) == "Mode fail is not allowed")
        #expect(try error([:]) == "Mode plain needs a Region")
    }

    @Test func bindsAssignedValues() throws {
        #expect(
            try resolve(["Mode": "arn", "Bucket": "arn:aws:s3:us-east-2:123:accesspoint/myap"]).url
                == "https://myap.s3.us-east-2.example.com")
        #expect(
            try resolve(["Mode": "arn", "Bucket": "not-an-arn", "Region": "us-east-1"]).url.hasPrefix("https://svc."))
        #expect(try resolve(["Mode": "split", "Bucket": "a--b--c"]).url == "https://b.example.com")
    }

    @Test func choosesWithIteAndCoalesce() throws {
        #expect(try resolve(["Mode": "ite", "Flag": true]).url == "https://on.example.com")
        #expect(try resolve(["Mode": "ite", "Flag": false]).url == "https://off.example.com")
        #expect(try resolve(["Mode": "ite"]).url == "https://off.example.com")
    }

    @Test func treeRulesAreTerminal() throws {
        #expect(try error(["Mode": "tree"]) == "No rule matched inside a tree rule whose conditions matched")
        #expect(try resolve(["Mode": "tree", "Region": "us-east-1"]).url == "https://tree.example.com")
    }

    @Test func assignmentsEndWithTheirRule() throws {
        #expect(try error(["Mode": "scope"]) == "Tmp was restored")
    }

    @Test func checksParameterTypes() throws {
        #expect(try error(["Mode": true]) == "Parameter Mode must be of type string")
        #expect(try error(["Region": ["us-east-1"]]) == "Parameter Region must be of type string")
    }

    @Test func requiresRequiredParameters() throws {
        let ruleSet = try EndpointRuleSet(
            json: Array(
                #"""
                {"version": "1.0", "parameters": {"Needed": {"type": "boolean", "required": true}},
                 "rules": [{"conditions": [], "endpoint": {"url": "https://x"}, "type": "endpoint"}]}
                """#.utf8))
        #expect(throws: EndpointResolutionError("Missing required parameter: Needed")) { try ruleSet.resolve([:]) }
        #expect(try ruleSet.resolve(["Needed": false]).url == "https://x")
    }

    @Test func reportsWhenNoRuleMatches() throws {
        let ruleSet = try EndpointRuleSet(
            json: Array(#"{"version": "1.0", "parameters": {}, "rules": []}"#.utf8))
        #expect(throws: EndpointResolutionError("No endpoint rule matched the parameters")) { try ruleSet.resolve([:]) }
    }
}
