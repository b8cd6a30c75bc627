import AWSCodegenCore
import Testing

/// Members are `let`, set by the initializer, except those that generated code writes on a copy of the input:
/// a paginator's tokens and page size.
@Suite struct WritableMembersTests {
    static func shapes() throws -> String {
        let model = """
            {
              "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "protocol": "json", "serviceId": "Svc",
                           "targetPrefix": "Svc", "jsonVersion": "1.0"},
              "operations": {
                "List": {"http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "ListIn"}, "output": {"shape": "ListOut"}},
                "Put": {"http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "PutIn"}}
              },
              "shapes": {
                "ListIn": {"type": "structure", "members": {"Token": {"shape": "S"}, "Limit": {"shape": "I"}, "Filter": {"shape": "F"}}},
                "ListOut": {"type": "structure", "members": {"Next": {"shape": "S"}, "Ids": {"shape": "L"}}},
                "PutIn": {"type": "structure", "required": ["Id"], "members": {"Id": {"shape": "S"}, "Token": {"shape": "S"}, "Filter": {"shape": "F"}}},
                "F": {"type": "structure", "members": {"Prefix": {"shape": "S"}}},
                "L": {"type": "list", "member": {"shape": "S"}},
                "S": {"type": "string"},
                "I": {"type": "integer"}
              }
            }
            """
        let paginators = #"{"pagination": {"List": {"input_token": "Token", "output_token": "Next", "limit_key": "Limit", "result_key": "Ids"}}}"#
        let files = try Generator.generate(ModelInput(
            service: ModelInput.File(name: "service-2.json", bytes: Array(model.utf8)),
            paginators: ModelInput.File(name: "paginators-1.json", bytes: Array(paginators.utf8))))
        return files.filter { $0.name.hasPrefix("Svc+Shapes") }.map(\.contents).joined()
    }

    @Test func onlyThePaginatorsTokenAndPageSizeAreVar() throws {
        let code = try Self.shapes()
        #expect(code.contains("public var token: String?"))
        #expect(code.contains("public var limit: Int?"))
        // The same names in an input that no paginator writes, a nested shape and an output stay constant.
        #expect(code.components(separatedBy: "public var ").count == 3)
        #expect(code.contains("public let id: String"))
        #expect(code.contains("public let filter: F?"))
        #expect(code.contains("public let prefix: String?"))
        #expect(code.contains("public let next: String?"))
    }
}
