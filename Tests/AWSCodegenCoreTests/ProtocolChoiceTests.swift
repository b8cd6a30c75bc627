import AWSCodegenCore
import Testing

/// Which protocol a module speaks when its model offers several: botocore's `protocols` list, or a Smithy
/// service's protocol traits, give the first the generator supports; a model with none it supports is shapes only.
@Suite struct ProtocolChoiceTests {
    /// The module generated from a botocore model with `protocolKeys` in its metadata and one operation,
    /// which can return the error shape `Oops` when `errorCode` is given: its model's `error.code`.
    static func botocore(_ protocolKeys: String, errorCode: String? = nil) throws -> GeneratedModule {
        let errors = errorCode == nil ? "" : #", "errors": [{"shape": "Oops"}]"#
        let shapes = errorCode.map { #""Oops": {"type": "structure", "members": {}, "exception": true, "error": {"code": "\#($0)"}}"# } ?? ""
        let model = """
            {
              "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "serviceId": "Svc", "jsonVersion": "1.0",
                "targetPrefix": "Svc_1", \(protocolKeys)},
              "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}\(errors)}},
              "shapes": {\(shapes)}
            }
            """
        return try Generator.generateModule(ModelInput(service: ModelInput.File(name: "service-2.json", bytes: Array(model.utf8))))
    }

    /// The module generated from a Smithy model whose service has the traits `protocolTraits`.
    static func smithy(_ protocolTraits: String) throws -> GeneratedModule {
        let model = """
            {"smithy": "2.0", "shapes": {
              "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
                "traits": {"aws.api#service": {"sdkId": "Svc"}, \(protocolTraits)}},
              "ex#Op": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "smithy.api#Unit"}}
            }}
            """
        return try Generator.generateModule(ModelInput(service: ModelInput.File(name: "svc.json", bytes: Array(model.utf8))))
    }

    /// The client file's protocol line, or nil when the module has no client.
    static func protocolLine(_ module: GeneratedModule) -> String? {
        let client = module.files.first { $0.name == "SvcClient.swift" }?.contents ?? ""
        return client.split(separator: "\n").first { $0.contains("    protocol: .") }.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// botocore's order of preference, not the model's: CloudWatch lists rpc-v2-cbor, json and query, and
    /// botocore speaks json to it.
    @Test func botocoresPreferenceWins() throws {
        let module = try Self.botocore(#""protocol": "smithy-rpc-v2-cbor", "protocols": ["smithy-rpc-v2-cbor", "json", "query"]"#)
        #expect(Self.protocolLine(module) == #"protocol: .awsJSON(version: "1.0", targetPrefix: "Svc_1"),"#)
        #expect(module.warnings.isEmpty)
        let cborBeforeQuery = try Self.botocore(#""protocol": "query", "protocols": ["query", "smithy-rpc-v2-cbor"]"#)
        #expect(Self.protocolLine(cborBeforeQuery) == #"protocol: .rpcV2CBOR(serviceName: "Svc_1"),"#)
        let jsonAfterQuery = try Self.botocore(#""protocol": "query", "protocols": ["query", "json"]"#)
        #expect(Self.protocolLine(jsonAfterQuery) == #"protocol: .awsJSON(version: "1.0", targetPrefix: "Svc_1"),"#)
        let restAfterQuery = try Self.botocore(#""protocol": "query", "protocols": ["query", "rest-json"]"#)
        #expect(Self.protocolLine(restAfterQuery) == "protocol: .restJSON,")
    }

    @Test func noSupportedProtocolGivesShapesOnlyWithAWarning() throws {
        let module = try Self.botocore(#""protocol": "carrier-pigeon""#)
        #expect(Self.protocolLine(module) == nil)
        #expect(module.warnings == ["protocol carrier-pigeon is not supported yet; the module holds the shapes only"])
    }

    /// botocore ranks query and ec2 last and rest-xml after the JSON protocols, whatever the model's order.
    @Test func anXMLProtocolIsTakenOnlyWhenNoOtherIsListed() throws {
        #expect(Self.protocolLine(try Self.botocore(#""protocol": "rest-xml", "protocols": ["rest-xml", "query"]"#)) == "protocol: .restXML,")
        #expect(Self.protocolLine(try Self.botocore(#""protocol": "query""#)) == "protocol: .awsQuery,")
        #expect(Self.protocolLine(try Self.botocore(#""protocol": "ec2""#)) == "protocol: .ec2Query,")
    }

    /// Query, ec2 and rest-xml modules import `AWSRuntimeXML`, where the runtime speaks them; others do not.
    @Test func xmlProtocolModulesImportTheXMLRuntime() throws {
        let xml = try Self.botocore(#""protocol": "ec2""#)
        #expect(xml.usesXMLRuntime)
        // Every file but the empty shapes files, which import nothing.
        #expect(xml.files.allSatisfy {
            $0.contents.contains("@_spi(Generated) import AWSRuntime\n@_spi(Generated) import AWSRuntimeXML\n")
                || ($0.contents.contains("// No shapes fall in this part") && !$0.contents.contains("import"))
        })
        let json = try Self.botocore(#""protocol": "json""#)
        #expect(!json.usesXMLRuntime)
        #expect(!json.files.contains { $0.contents.contains("AWSRuntimeXML") })
    }

    @Test func aProtocolsListThatIsNotStringsNamesItsPath() throws {
        let error = try #require(throws: GeneratorError.self) { try Self.botocore(#""protocol": "json", "protocols": "json""#) }
        #expect(error.file == "service-2.json")
        #expect(error.path == "metadata.protocols")
    }

    /// A Smithy service's protocol traits, as botocore's twin of the model lists them, choose as botocore does.
    @Test func aSmithyServiceSpeaksItsPreferredProtocolTrait() throws {
        let module = try Self.smithy(#""smithy.protocols#rpcv2Cbor": {}, "aws.protocols#awsJson1_0": {}"#)
        #expect(Self.protocolLine(module) == #"protocol: .awsJSON(version: "1.0", targetPrefix: "Svc"),"#)
        #expect(Self.protocolLine(try Self.smithy(#""smithy.protocols#rpcv2Cbor": {}"#)) == #"protocol: .rpcV2CBOR(serviceName: "Svc"),"#)
        #expect(module.warnings.isEmpty)
        let jsonAfterXML = try Self.smithy(#""aws.protocols#restXml": {}, "aws.protocols#awsJson1_0": {}"#)
        #expect(Self.protocolLine(jsonAfterXML) == #"protocol: .awsJSON(version: "1.0", targetPrefix: "Svc"),"#)
    }

    @Test func aSmithyServiceSpeaksTheXMLProtocols() throws {
        #expect(Self.protocolLine(try Self.smithy(#""aws.protocols#restXml": {}"#)) == "protocol: .restXML,")
        #expect(Self.protocolLine(try Self.smithy(#""aws.protocols#awsQuery": {}"#)) == "protocol: .awsQuery,")
        #expect(Self.protocolLine(try Self.smithy(#""aws.protocols#ec2Query": {}"#)) == "protocol: .ec2Query,")
    }

    /// A query service's errors go by their query code (`error.code`, Smithy's `awsQueryError`).
    @Test func aQueryServiceFindsErrorsByTheirCode() throws {
        let module = try Self.botocore(#""protocol": "query""#, errorCode: "AWS.Svc.Oops")
        let errors = module.files.first { $0.name == "SvcClient.swift" }?.contents ?? ""
        #expect(errors.contains(#""AWS.Svc.Oops": Oops.self,"#))
    }

    /// An `awsQueryCompatible` service's `error.code` is its query code; `__type` names the shape.
    @Test func aQueryCompatibleServiceFindsErrorsByShapeName() throws {
        func errorsFile(_ module: GeneratedModule) -> String {
            module.files.first { $0.name == "SvcClient.swift" }?.contents ?? ""
        }
        let compatible = try Self.botocore(#""protocol": "json", "awsQueryCompatible": {}"#, errorCode: "AWS.Svc.Oops")
        #expect(errorsFile(compatible).contains(#""Oops": Oops.self,"#))
        let plain = try Self.botocore(#""protocol": "json""#, errorCode: "Oops.Code")
        #expect(errorsFile(plain).contains(#""Oops.Code": Oops.self,"#))
    }

    @Test func aQueryCompatibleServiceSaysSoInItsDescriptor() throws {
        let botocore = try Self.botocore(#""protocol": "json", "awsQueryCompatible": {}"#)
        let smithy = try Self.smithy(#""aws.protocols#awsJson1_0": {}, "aws.protocols#awsQueryCompatible": {}"#)
        for module in [botocore, smithy] {
            let client = module.files.first { $0.name == "SvcClient.swift" }?.contents ?? ""
            #expect(client.contains("    queryCompatible: true,\n"))
        }
    }
}
