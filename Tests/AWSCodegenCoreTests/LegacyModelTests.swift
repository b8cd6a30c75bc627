import AWSCodegenCore
import Testing

/// Older botocore model forms that botocore still reads: a payload named on the operation's input
/// reference, a location set on the target shape, and `character` shapes.
@Suite struct LegacyModelTests {
    static func shapes(_ shapes: String, operation: String) throws -> String {
        let model = """
            {
              "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "protocol": "rest-json", "serviceId": "Svc"},
              "operations": {"Op": \(operation)},
              "shapes": \(shapes)
            }
            """
        let files = try Generator.generate(ModelInput(service: ModelInput.File(name: "service-2.json", bytes: Array(model.utf8))))
        // Inputs, outputs and the shapes they hold are in the shapes files.
        return files.filter { $0.name.hasPrefix("Svc+Shapes") }.map(\.contents).joined()
    }

    @Test func payloadOnTheInputReference() throws {
        let code = try Self.shapes(
            #"{"In": {"type": "structure", "members": {"data": {"shape": "B"}}}, "B": {"type": "blob"}}"#,
            operation: #"{"http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In", "payload": "data"}}"#)
        #expect(code.contains(#"AWSMember("data", .blobPayload)"#))
    }

    @Test func locationOnTheTargetShape() throws {
        let code = try Self.shapes(
            #"""
            {"In": {"type": "structure", "members": {"A": {"shape": "H"}, "B": {"shape": "H", "locationName": "X-B"}, "C": {"shape": "Ch"}}},
             "H": {"type": "string", "location": "header"}, "Ch": {"type": "character"}}
            """#,
            operation: #"{"http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"}}"#)
        #expect(code.contains(#"AWSMember("A", .header("A"))"#))
        #expect(code.contains(#"AWSMember("B", .header("X-B"))"#))
        #expect(code.contains("public let c: String?"))
    }
}
