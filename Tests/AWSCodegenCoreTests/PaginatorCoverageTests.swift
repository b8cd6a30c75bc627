import AWSCodegenCore
import Testing

/// Which paginators get methods, and why the others do not.
@Suite struct PaginatorCoverageTests {
    static let operations = ["Good", "Mismatch", "Missing", "Counts", "Projection", "Required", "NotBoolean"]

    static func generate(protocol: String) throws -> GeneratedModule {
        let operations = Self.operations.map { name in
            #""\#(name)": {"http": {"method": "POST", "requestUri": "/\#(name)"}, "input": {"shape": "In"}, "output": {"shape": "Out"}}"#
        }
        let model = """
            {
              "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "protocol": "\(`protocol`)", "serviceId": "Svc"},
              "operations": {\(operations.joined(separator: ", "))},
              "shapes": {
                "In": {"type": "structure", "required": ["Fixed"], "members": {"Token": {"shape": "S"}, "Fixed": {"shape": "S"}, "Other": {"shape": "S"}}},
                "Out": {"type": "structure", "members": {"Next": {"shape": "S"}, "Number": {"shape": "I"}, "Ids": {"shape": "L"}}},
                "L": {"type": "list", "member": {"shape": "S"}},
                "S": {"type": "string"},
                "I": {"type": "integer"}
              }
            }
            """
        let paginators = """
            {"pagination": {
              "Good": {"input_token": "Token", "output_token": "Next", "result_key": "Ids"},
              "Mismatch": {"input_token": "Token", "output_token": "Number"},
              "Missing": {"input_token": "Token", "output_token": "Nope"},
              "Counts": {"input_token": ["Token", "Other"], "output_token": "Next"},
              "Projection": {"input_token": "Token", "output_token": "Ids[*]"},
              "Required": {"input_token": "Fixed", "output_token": "Next"},
              "NotBoolean": {"input_token": "Token", "output_token": "Next", "more_results": "Next"},
              "Ghost": {"input_token": "Token", "output_token": "Next"}
            }}
            """
        return try Generator.generateModule(ModelInput(
            service: ModelInput.File(name: "service-2.json", bytes: Array(model.utf8)),
            paginators: ModelInput.File(name: "paginators-1.json", bytes: Array(paginators.utf8))))
    }

    static let gaps = [
        "Counts: it has 2 input and 1 output tokens",
        "Ghost: the model has no such operation",
        "Mismatch: output token 'Number' is not of the type of input token 'Token'",
        "Missing: 'Nope': structure 'Out' has no member 'Nope'",
        "NotBoolean: more_results 'Next' is not a boolean member",
        "Projection: 'Ids[*]' is not a path that paginators support",
        "Required: input token 'Fixed' is not an optional member of the input",
    ]

    @Test func aClientModuleWarnsOfEachPaginatorWithoutMethods() throws {
        let module = try Self.generate(protocol: "rest-json")
        #expect(module.paginators == PaginatorCoverage(withMethods: 1, gaps: Self.gaps, hasClient: true))
        #expect(module.warnings == Self.gaps.map { "paginator \($0); it gets no methods" })
        let code = module.files.first { $0.name == "SvcPaginators.swift" }?.contents ?? ""
        #expect(code.contains("func goodPages(_ input: In) -> AWSPageSequence<In, Out>"))
        #expect(code.contains("func goodItems(_ input: In) -> AWSItemSequence<In, Out, String>"))
        #expect(!code.contains("mismatch"))
    }

    @Test func aModuleWithoutClientBuildsThePaginatorsButRendersNone() throws {
        let module = try Self.generate(protocol: "carrier-pigeon")
        #expect(module.paginators == PaginatorCoverage(withMethods: 1, gaps: Self.gaps, hasClient: false))
        #expect(!module.warnings.contains { $0.hasPrefix("paginator") })
        #expect(module.files.first { $0.name == "SvcPaginators.swift" }?.contents.contains("func") == false)
    }
}
