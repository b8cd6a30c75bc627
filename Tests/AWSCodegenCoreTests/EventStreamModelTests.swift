import AWSCodegenCore
import Testing

/// Event streams in a model: output streams become `AWSEventStream` members of an event union, input
/// streams leave their operation out with a warning.
@Suite struct EventStreamModelTests {
    static let shapes = #"""
        {"In": {"type": "structure", "required": ["Audio"], "members": {"Audio": {"shape": "AudioStream"}}, "payload": "Audio"},
         "Out": {"type": "structure", "members": {"Events": {"shape": "Events"}}, "payload": "Events"},
         "AudioStream": {"type": "structure", "eventstream": true, "members": {"Chunk": {"shape": "AudioChunk"}}},
         "AudioChunk": {"type": "structure", "event": true, "members": {"Bytes": {"shape": "Bytes", "eventpayload": true}}},
         "Bytes": {"type": "blob", "max": 16},
         "Events": {"type": "structure", "eventstream": true, "members": {"Said": {"shape": "Said"}, "Busy": {"shape": "Busy"}}},
         "Said": {"type": "structure", "event": true, "members": {"Seq": {"shape": "N", "eventheader": true}, "Text": {"shape": "S"}}},
         "Busy": {"type": "structure", "exception": true, "members": {"Message": {"shape": "S"}}},
         "N": {"type": "long"}, "S": {"type": "string"}}
        """#

    static func generate() throws -> GeneratedModule {
        let model = """
            {
              "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "protocol": "rest-json", "serviceId": "Svc"},
              "operations": {
                "Listen": {"name": "Listen", "http": {"method": "GET", "requestUri": "/listen"}, "output": {"shape": "Out"}},
                "Speak": {"name": "Speak", "http": {"method": "POST", "requestUri": "/speak"}, "input": {"shape": "In"}}
              },
              "shapes": \(shapes)
            }
            """
        return try Generator.generateModule(
            ModelInput(service: ModelInput.File(name: "service-2.json", bytes: Array(model.utf8))), moduleName: nil)
    }

    static func file(_ module: GeneratedModule, _ name: String) -> String {
        module.files.first { $0.name == name }?.contents ?? ""
    }

    /// The structures, errors and unions, in the shapes files they are split over.
    static func shapes(_ module: GeneratedModule) -> String {
        module.files.filter { $0.name.hasPrefix("Svc+Shapes") }.map(\.contents).joined()
    }

    @Test func outputStreamsBecomeEventUnions() throws {
        let module = try Self.generate()
        let outputs = Self.shapes(module)
        let shapes = Self.shapes(module)
        #expect(outputs.contains("public let events: AWSEventStream<Events>"))
        #expect(outputs.contains(#"AWSMember("Events", .eventStream)"#))
        #expect(shapes.contains("public enum Events: AWSEventUnion"))
        #expect(shapes.contains(#"case "Said": return .said(try decoder.decode(Said.self))"#))
        #expect(shapes.contains(#"case "Busy": throw decoder.error(Busy.self)"#))
        #expect(shapes.contains(#"AWSMember("Seq", .header("Seq"))"#))
        #expect(Self.shapes(module).contains("public struct Busy: AWSModeledError"))
        #expect(Self.file(module, "SvcClient.swift").contains("func listen() async throws -> Out"))
    }

    @Test func inputStreamsAreLeftOutAndNotValidated() throws {
        let module = try Self.generate()
        #expect(module.warnings == ["input event streams are not supported yet; left out operations Speak"])
        #expect(!Self.file(module, "SvcClient.swift").contains("func speak"))
        // The input of a left-out operation is not an operation input of the client: it is with the shapes.
        let shapes = Self.shapes(module)
        #expect(shapes.contains("public let audio: AWSEventStream<AudioStream>"))
        #expect(!shapes.contains(#"AWSValidation.check(self.audio"#))
    }
}
