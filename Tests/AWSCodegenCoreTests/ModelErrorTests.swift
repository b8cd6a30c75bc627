import AWSCodegenCore
import Testing

/// Bad models and configs give errors that name the file, the JSON path and the line and column.
@Suite struct ModelErrorTests {
    static func error(model: String, config: String? = nil) -> GeneratorError? {
        let input = ModelInput(
            service: ModelInput.File(name: "m/service-2.json", bytes: Array(model.utf8)),
            config: config.map { ModelInput.File(name: "m/aws-codegen.json", bytes: Array($0.utf8)) })
        do {
            _ = try Generator.generate(input)
            return nil
        } catch let error as GeneratorError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    static func model(shapes: String, operations: String = "{}") -> String {
        """
        {
          "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "protocol": "rest-json", "serviceId": "Svc"},
          "operations": \(operations),
          "shapes": \(shapes)
        }
        """
    }

    @Test func invalidJSONGivesLineAndColumn() {
        let error = Self.error(model: "{\n  \"metadata\": {,\n}")
        #expect(error?.description.hasPrefix("m/service-2.json:2:") == true)
        #expect(error?.description.contains("error: invalid JSON") == true)
    }

    @Test func truncatedJSONIsAnError() {
        #expect(Self.error(model: "{\"metadata\": {")?.message.contains("invalid JSON") == true)
    }

    @Test func brokenReferencesNameThePath() {
        let model = Self.model(shapes: """
            {
              "A": {"type": "structure", "members": {
                "b": {"shape": "Missing"}
              }}
            }
            """)
        let error = Self.error(model: model)
        #expect(error?.description == "m/service-2.json:6:20: error: shapes.A.members.b.shape: unknown shape 'Missing'")
    }

    @Test func wrongTypesNameThePath() {
        let model = Self.model(shapes: #"{"A": {"type": "structure", "required": "x", "members": {}}}"#)
        #expect(Self.error(model: model)?.description.contains("error: shapes.A.required: expected an array, found a string") == true)
    }

    @Test func unknownShapeTypes() {
        let model = Self.model(shapes: #"{"A": {"type": "strnig"}}"#)
        #expect(Self.error(model: model)?.description.contains("shapes.A.type: unknown shape type 'strnig'") == true)
    }

    @Test func requiredMembersMustExist() {
        let model = Self.model(shapes: #"{"A": {"type": "structure", "required": ["x"], "members": {}}}"#)
        #expect(Self.error(model: model)?.description.contains("shapes.A.required[0]: required member 'x' does not exist") == true)
    }

    @Test func operationsMustReferenceStructures() {
        let model = Self.model(
            shapes: #"{"S": {"type": "string"}}"#,
            operations: #"{"Op": {"name": "Op", "http": {"method": "GET", "requestUri": "/"}, "input": {"shape": "S"}}}"#)
        #expect(Self.error(model: model)?.description.contains("operations.Op.input.shape: input 'S' is not a structure") == true)
    }

    @Test func missingMetadata() {
        #expect(Self.error(model: #"{"shapes": {}}"#)?.description == "m/service-2.json:1:1: error: missing required key 'metadata'")
    }

    @Test func unknownKeysInTheModelAreIgnored() {
        let model = Self.model(shapes: #"{"A": {"type": "string", "futureTrait": {"x": 1}}}"#)
        #expect(Self.error(model: model) == nil)
    }

    @Test func configErrors() {
        let model = Self.model(
            shapes: #"{"I": {"type": "structure", "members": {}}}"#,
            operations: #"{"Op": {"name": "Op", "http": {"method": "GET", "requestUri": "/"}, "input": {"shape": "I"}}}"#)
        #expect(Self.error(model: model, config: #"{"operations": ["Nope"]}"#)?.description
            == "m/aws-codegen.json:1:17: error: operations[0]: unknown operation 'Nope'")
        #expect(Self.error(model: model, config: #"{"colour": "red"}"#)?.description
            == "m/aws-codegen.json:1:12: error: colour: unknown key 'colour'; expected operations, access, namespace, moduleName or coding")
        #expect(Self.error(model: model, config: #"{"access": "open"}"#)?.message
            == "unknown access 'open'; expected public, package or internal")
        #expect(Self.error(model: model, config: #"{"coding": "both"}"#)?.message
            == "unknown coding 'both'; expected directional or full")
        #expect(Self.error(model: model, config: #"{"operations": "Op"}"#)?.message == "expected an array, found a string")
        #expect(Self.error(model: model, config: #"{"operations": ["Op"], "access": "internal"}"#) == nil)
    }
}
