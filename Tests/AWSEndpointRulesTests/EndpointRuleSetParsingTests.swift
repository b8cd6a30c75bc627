import Testing

@testable import AWSEndpointRules

@Suite struct EndpointRuleSetParsingTests {
    private func loadError(_ json: String) -> EndpointRuleSetError? {
        do {
            _ = try EndpointRuleSet(json: Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    private func loadError(rule: String, parameters: String = #"{"Region": {"type": "string"}}"#)
        -> EndpointRuleSetError?
    {
        loadError(#"{"version": "1.0", "parameters": \#(parameters), "rules": [\#(rule)]}"#)
    }

    @Test(arguments: [
        (
            #"{"conditions": [{"fn": "nope", "argv": []}], "error": "x", "type": "error"}"#,
            "$.rules[0].conditions[0].fn: unknown function 'nope'"
        ),
        (
            #"{"conditions": [{"fn": "stringEquals", "argv": ["a"]}], "error": "x", "type": "error"}"#,
            "$.rules[0].conditions[0].argv: stringEquals cannot take 1 arguments"
        ),
        (
            #"{"conditions": [{"fn": "isSet", "argv": [{"ref": "Nope"}]}], "error": "x", "type": "error"}"#,
            "$.rules[0].conditions[0].argv[0].ref: unknown name 'Nope'"
        ),
        (
            #"{"conditions": [{"fn": "getAttr", "argv": [{"ref": "Region"}, "a..b"]}], "error": "x", "type": "error"}"#,
            "$.rules[0].conditions[0].argv[1]: invalid attribute path 'a..b'"
        ),
        (#"{"conditions": [], "error": "{Region", "type": "error"}"#, "$.rules[0].error: unterminated '{' in template"),
        (
            #"{"conditions": [], "error": "{Other}", "type": "error"}"#,
            "$.rules[0].error: unknown name 'Other' in template"
        ),
        (
            #"{"conditions": [], "error": "{Region#}", "type": "error"}"#,
            "$.rules[0].error: invalid placeholder '{Region#}'"
        ),
        (#"{"conditions": [], "type": "magic"}"#, "$.rules[0].type: unknown rule type 'magic'"),
        (#"{"conditions": [], "type": "endpoint"}"#, "$.rules[0].endpoint: missing, expected an object"),
        (
            #"{"conditions": [], "type": "tree", "rules": [{"conditions": [], "endpoint": {"url": null}, "type": "endpoint"}]}"#,
            "$.rules[0].rules[0].endpoint.url: unsupported literal"
        ),
        (
            #"{"conditions": [], "endpoint": {"url": "u", "headers": {"h": "v"}}, "type": "endpoint"}"#,
            "$.rules[0].endpoint.headers.h: expected an array"
        ),
    ])
    func namesThePathOfRuleErrors(rule: String, description: String) {
        #expect(loadError(rule: rule)?.description == description)
    }

    @Test func namesThePathOfParameterErrors() {
        let rule = #"{"conditions": [], "error": "x", "type": "error"}"#
        #expect(
            loadError(rule: rule, parameters: #"{"P": {"type": "number"}}"#)?.description
                == "$.parameters.P.type: unknown parameter type 'number'")
        #expect(
            loadError(rule: rule, parameters: #"{"P": {"type": "boolean", "default": "yes"}}"#)?.description
                == "$.parameters.P.default: default value does not have type boolean")
        #expect(
            loadError(rule: rule, parameters: #"{"P": {"type": "string", "required": "yes"}}"#)?.description
                == "$.parameters.P.required: expected a Boolean")
    }

    @Test func readsParameterDefinitions() throws {
        let ruleSet = try EndpointRuleSet(json: EndpointTestResources.bytes("docdb-elastic/endpoint-rule-set-1.json"))
        #expect(ruleSet.version == "1.0")
        #expect(ruleSet.parameters.map(\.name) == ["Endpoint", "Region", "UseDualStack", "UseFIPS"])
        let region = try #require(ruleSet.parameters.first { $0.name == "Region" })
        #expect(region.builtIn == "AWS::Region")
        #expect(region.type == .string)
        #expect(!region.isRequired)
        let fips = try #require(ruleSet.parameters.first { $0.name == "UseFIPS" })
        #expect(fips.isRequired && fips.defaultValue == .bool(false) && fips.type == .boolean)
    }

    @Test func namesTheDocumentErrors() {
        #expect(
            loadError(#"{"version": "1.0", "parameters": {}}"#)?.description == "$.rules: missing, expected an array")
        #expect(loadError("[]")?.description == "$: expected an object")
        #expect(loadError(#"{"version": 1}"#)?.description == "$.version: expected a string")
        #expect(
            loadError("{\"version\": ")?.description
                == "$: invalid JSON: line 1, column 13: unexpected end of input, expected a value")
    }
}
