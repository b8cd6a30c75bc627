import AWSCodegenCore
import Testing

/// `SmithyReader` on small Smithy JSON AST documents: what becomes which botocore key, and where errors point.
@Suite struct SmithyReaderTests {
    /// A Smithy document with one restJson1 service `ex#Svc` and `shapes`, a JSON object body without braces.
    static func document(_ shapes: String, serviceExtra: String = "") throws -> JSONCDocument {
        let text = """
            {"smithy": "2.0", "shapes": {
              "ex#Svc": {"type": "service", "version": "2024-01-01", \(serviceExtra)
                "traits": {"aws.api#service": {"sdkId": "Ex Svc"}, "aws.protocols#restJson1": {}}},
              \(shapes)
            }}
            """
        return try JSONCDocument(file: "ex.json", bytes: Array(text.utf8))
    }

    @Test func aDocumentWithASmithyKeyIsSmithy() throws {
        #expect(try SmithyReader.isSmithy(Self.document(#""ex#Name": {"type": "string"}"#)))
        let botocore = try JSONCDocument(file: "service-2.json", bytes: Array(#"{"metadata": {}, "shapes": {}}"#.utf8))
        #expect(try !SmithyReader.isSmithy(botocore))
    }

    @Test func anUnknownTargetNamesTheFileAndPath() throws {
        let document = try Self.document(#""ex#Foo": {"type": "structure", "members": {"bar": {"target": "ex#Missing"}}}"#)
        let error = try #require(throws: GeneratorError.self) { try SmithyReader.read(document) }
        #expect(error.file == "ex.json")
        #expect(error.path == "shapes.ex#Foo.members.bar.target")
        #expect(error.message == "unknown shape 'ex#Missing'")
        #expect(error.line == 4)
    }

    @Test func anEndpointRuleSetTheRuntimeCannotUseIsAnErrorAtItsPart() throws {
        let text = """
            {"smithy": "2.0", "shapes": {
              "ex#Svc": {"type": "service", "version": "2024-01-01",
                "traits": {"aws.api#service": {"sdkId": "Ex Svc"}, "aws.protocols#restJson1": {},
                  "smithy.rules#endpointRuleSet": {"version": "1.0", "parameters": {"Region": {"type": "String"}},
                    "rules": [{"type": "error", "conditions": [{"fn": "nope", "argv": []}], "error": "x"}]}}}
            }}
            """
        let document = try JSONCDocument(file: "ex.json", bytes: Array(text.utf8))
        let error = try #require(throws: GeneratorError.self) { try SmithyReader.read(document) }
        #expect(error.file == "ex.json")
        #expect(error.path.hasPrefix("shapes.ex#Svc.traits.smithy.rules#endpointRuleSet.rules[0].conditions[0]"), "\(error.path)")
        #expect(error.message.contains("nope"), "\(error.message)")
        #expect(error.line == 5)
    }

    @Test func operationsComeFromTheServiceAndItsResources() throws {
        let document = try Self.document(
            """
            "ex#Thing": {"type": "resource", "read": {"target": "ex#GetThing"}},
            "ex#GetThing": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "ex#Out"},
              "errors": [{"target": "ex#Oops"}],
              "traits": {"smithy.api#http": {"method": "GET", "uri": "/thing"},
                "smithy.api#paginated": {"outputToken": "next"}}},
            "ex#Out": {"type": "structure", "members": {"next": {"target": "smithy.api#String"}}},
            "ex#Oops": {"type": "structure", "members": {}, "traits": {"smithy.api#error": "client", "smithy.api#httpError": 400}},
            "ex#Busy": {"type": "structure", "members": {}, "traits": {"smithy.api#error": "server",
              "smithy.api#retryable": {"throttling": true}}}
            """,
            serviceExtra: #""resources": [{"target": "ex#Thing"}], "errors": [{"target": "ex#Busy"}],"#)
        let model = try SmithyReader.read(document)
        let operation = try #require(model.operations["GetThing"])
        #expect(operation.input == nil)
        #expect(operation.output?.shape == "Out")
        #expect(operation.errors == ["Oops", "Busy"])
        #expect(operation.method == "GET" && operation.requestURI == "/thing")
        #expect(model.shapes["Busy"]?.structure?.throttling == true)
        let paginator = try #require(model.paginators["GetThing"])
        #expect(paginator.outputToken == ["next"] && paginator.inputToken.isEmpty && paginator.limitKey == nil)
        #expect(model.metadata.serviceId == "Ex Svc" && model.metadata.protocol == "rest-json")
    }

    /// `@aws.api#clientDiscoveredEndpoint(required: true)` and the service's `@aws.api#clientEndpointDiscovery` become
    /// botocore's `endpointdiscovery` and `endpointoperation`, as for Timestream.
    @Test func endpointDiscoveryTraitsMarkTheOperations() throws {
        let text = """
            {"smithy": "2.0", "shapes": {
              "ex#Svc": {"type": "service", "version": "2024-01-01",
                "operations": [{"target": "ex#DescribeEndpoints"}, {"target": "ex#Write"}, {"target": "ex#Read"}],
                "traits": {"aws.api#service": {"sdkId": "Ex Svc"}, "aws.protocols#awsJson1_0": {},
                  "aws.api#clientEndpointDiscovery": {"operation": "ex#DescribeEndpoints", "error": "ex#Invalid"}}},
              "ex#DescribeEndpoints": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "smithy.api#Unit"}},
              "ex#Write": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "smithy.api#Unit"},
                "traits": {"aws.api#clientDiscoveredEndpoint": {"required": true}}},
              "ex#Read": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "smithy.api#Unit"},
                "traits": {"aws.api#clientDiscoveredEndpoint": {"required": false}}}
            }}
            """
        let model = try SmithyReader.read(try JSONCDocument(file: "ex.json", bytes: Array(text.utf8)))
        #expect(model.operations["DescribeEndpoints"]?.isEndpointOperation == true)
        #expect(model.operations["DescribeEndpoints"]?.endpointDiscoveryRequired == false)
        #expect(model.operations["Write"]?.endpointDiscoveryRequired == true)
        #expect(model.operations["Write"]?.isEndpointOperation == false)
        #expect(model.operations["Read"]?.endpointDiscoveryRequired == false)
    }

    /// botocore prefers json to rpc-v2-cbor, whichever the model lists first.
    @Test func aJSONProtocolIsPreferredToRPCv2CBOR() throws {
        let text = """
            {"smithy": "2.0", "shapes": {
              "ex#Svc": {"type": "service", "version": "2024-01-01",
                "traits": {"aws.api#service": {"sdkId": "Ex Svc"}, "aws.protocols#awsJson1_0": {},
                  "smithy.protocols#rpcv2Cbor": {}, "aws.protocols#awsQueryCompatible": {}}}
            }}
            """
        let model = try SmithyReader.read(try JSONCDocument(file: "ex.json", bytes: Array(text.utf8)))
        #expect(model.metadata.protocol == "json")
        #expect(model.metadata.targetPrefix == "Svc")
        #expect(model.metadata.queryCompatible)
    }

    @Test func memberConstraintsGetAShapeNamedAsBotocoreNamesIt() throws {
        let document = try Self.document(
            """
            "ex#In": {"type": "structure", "members": {"name": {"target": "smithy.api#String",
              "traits": {"smithy.api#length": {"min": 1, "max": 10}, "smithy.api#httpHeader": "x-name"}}}}
            """)
        let model = try SmithyReader.read(document)
        let member = try #require(model.shapes["In"]?.structure?.members.first)
        #expect(member.reference.shape == "InNameString")
        #expect(member.reference.location == .header && member.reference.locationName == "x-name")
        let shape = try #require(model.shapes["InNameString"])
        #expect(shape.min == 1 && shape.max == 10)
    }

    @Test func enumShapesKeepTheirMemberOrder() throws {
        let document = try Self.document(
            """
            "ex#Color": {"type": "enum", "members": {
              "RED": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "red"}},
              "BLUE": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "blue"}}}}
            """)
        let model = try SmithyReader.read(document)
        guard case .string(let values) = model.shapes["Color"]?.kind else {
            Issue.record("Color is not a string enum")
            return
        }
        #expect(values == ["red", "blue"])
    }

    @Test func anOperationInputMustBeAStructure() throws {
        let document = try Self.document(
            #""ex#Op": {"type": "operation", "input": {"target": "smithy.api#String"}}"#,
            serviceExtra: #""operations": [{"target": "ex#Op"}],"#)
        let error = try #require(throws: GeneratorError.self) { try SmithyReader.read(document) }
        #expect(error.path == "shapes.ex#Op.input.target")
        #expect(error.message == "input 'smithy.api#String' is not a structure")
    }
}
