import AWSCodegenCore
import Testing

/// The query, ec2 and rest-xml metadata of members and operations: ec2 request names, list and map layouts,
/// XML attributes, namespaces and root element names, and result wrappers, from botocore and Smithy models.
@Suite struct XMLWireTraitsTests {
    /// The files of the module generated from `model`, a botocore or Smithy document, by name.
    static func files(_ model: String) throws -> [String: String] {
        let module = try Generator.generateModule(ModelInput(service: ModelInput.File(name: "model.json", bytes: Array(model.utf8))))
        return Dictionary(uniqueKeysWithValues: module.files.map { ($0.name, $0.contents) })
    }

    /// The declarations of structures `names`, each from its first line to its closing brace at file scope.
    static func structures(_ names: [String], in files: [String: String]) -> String {
        let text = files.keys.sorted().map { files[$0]! }.joined()
        return names.map { name in
            guard let start = text.range(of: "public struct \(name):") else { return "" }
            let end = text.range(of: "\n}\n", range: start.upperBound..<text.endIndex)?.upperBound ?? text.endIndex
            return String(text[start.lowerBound..<end])
        }.joined()
    }

    /// The `AWSMember(…)` and `AWSOperation(…)` expressions of `text`, one a line.
    static func descriptors(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /AWS(Member|Operation)\(.*\)/).map { String($0.output.0) }
        }
    }

    static let botocoreEC2 = """
        {"metadata": {"apiVersion": "1", "endpointPrefix": "svc", "serviceId": "Svc", "protocol": "ec2"},
         "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "OpInput"},
           "output": {"shape": "OpOutput", "resultWrapper": "OpResult"}}},
         "shapes": {
          "OpInput": {"type": "structure", "members": {
            "Plain": {"shape": "String"}, "lower": {"shape": "String"}, "Named": {"shape": "String", "locationName": "named"},
            "Renamed": {"shape": "String", "locationName": "wire", "queryName": "Other"},
            "Flat": {"shape": "Strings", "flattened": true}, "Items": {"shape": "ItemList"}, "Tags": {"shape": "TagMap"},
            "Nested": {"shape": "NestedList"}}},
          "OpOutput": {"type": "structure", "members": {
            "Id": {"shape": "String", "locationName": "id", "xmlAttribute": true},
            "lower": {"shape": "String"},
            "Ns": {"shape": "String", "xmlNamespace": {"uri": "https://example.com/", "prefix": "ex"}}}},
          "String": {"type": "string"},
          "Strings": {"type": "list", "member": {"shape": "String"}},
          "ItemList": {"type": "list", "member": {"shape": "String", "locationName": "item"}},
          "TagMap": {"type": "map", "key": {"shape": "String", "locationName": "K"}, "value": {"shape": "String", "locationName": "V"},
            "flattened": true},
          "NestedList": {"type": "list", "member": {"shape": "FlatMap"}},
          "FlatMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}, "flattened": true}
         }}
        """

    /// The Smithy twin of `botocoreEC2`, spelled with Smithy's traits.
    static let smithyEC2 = """
        {"smithy": "2.0", "shapes": {
          "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
            "traits": {"aws.api#service": {"sdkId": "Svc"}, "aws.protocols#ec2Query": {}}},
          "ex#Op": {"type": "operation", "input": {"target": "ex#OpInput"}, "output": {"target": "ex#OpOutput"}},
          "ex#OpInput": {"type": "structure", "members": {
            "Plain": {"target": "smithy.api#String"},
            "lower": {"target": "smithy.api#String", "traits": {"aws.protocols#ec2QueryName": "lower"}},
            "Named": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "named"}},
            "Renamed": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "wire", "aws.protocols#ec2QueryName": "Other"}},
            "Flat": {"target": "ex#Strings", "traits": {"smithy.api#xmlFlattened": {}}},
            "Items": {"target": "ex#ItemList"}, "Tags": {"target": "ex#TagMap", "traits": {"smithy.api#xmlFlattened": {}}},
            "Nested": {"target": "ex#NestedList"}}},
          "ex#OpOutput": {"type": "structure", "members": {
            "Id": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "id", "smithy.api#xmlAttribute": {}}},
            "lower": {"target": "smithy.api#String"},
            "Ns": {"target": "smithy.api#String", "traits": {"smithy.api#xmlNamespace": {"uri": "https://example.com/", "prefix": "ex"}}}}},
          "ex#Strings": {"type": "list", "member": {"target": "smithy.api#String"}},
          "ex#ItemList": {"type": "list", "member": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "item"}}},
          "ex#TagMap": {"type": "map", "key": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "K"}},
            "value": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "V"}}},
          "ex#NestedList": {"type": "list", "member": {"target": "ex#FlatMap", "traits": {"smithy.api#xmlFlattened": {}}}},
          "ex#FlatMap": {"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "smithy.api#String"}}
        }}
        """

    @Test(arguments: [botocoreEC2, smithyEC2])
    func ec2MembersCarryTheirNamesAndLayouts(_ model: String) throws {
        let files = try Self.files(model)
        // In the model's order, as XML protocols keep it.
        let inputs = Self.structures(["OpInput"], in: files)
        #expect(Self.descriptors(inputs) == [
            #"AWSMember("lower", queryName: "lower")"#,
            #"AWSMember("wire", queryName: "Other")"#,
            #"AWSMember("Flat", collection: .list(flattened: true))"#,
            #"AWSMember("Items", collection: .list(member: "item"))"#,
            #"AWSMember("Tags", collection: .map(key: "K", value: "V", flattened: true))"#,
            #"AWSMember("Nested", collection: .list(element: .map(flattened: true)))"#,
        ])
        // Output members have no ec2 request name.
        #expect(Self.descriptors(Self.structures(["OpOutput"], in: files)) == [
            #"AWSMember("id", xmlAttribute: true)"#,
            #"AWSMember("Ns", xmlNamespace: AWSXMLNamespace("https://example.com/", prefix: "ex"))"#,
        ])
        #expect(files["SvcClient.swift"]?.contains("    protocol: .ec2Query,\n") == true)
    }

    @Test func aBotocoreResultWrapperGoesOnTheOperation() throws {
        let client = try Self.files(Self.botocoreEC2)["SvcClient.swift"] ?? ""
        #expect(Self.descriptors(client) == [
            #"AWSOperation("Op", method: "POST", requestURI: "/", resultWrapper: "OpResult")"#,
        ])
    }

    /// A JSON client of a model that also lists query (CloudWatch) gets none of the query and XML metadata.
    @Test func aJSONClientIgnoresTheXMLTraits() throws {
        let model = Self.botocoreEC2.replacingOccurrences(of: #""protocol": "ec2""#, with: #""protocol": "json""#)
        let files = try Self.files(model)
        #expect(Self.descriptors(files["SvcClient.swift"] ?? "") == [#"AWSOperation("Op", method: "POST", requestURI: "/")"#])
        let inputs = Self.structures(["OpInput"], in: files)
        #expect(Self.descriptors(inputs).isEmpty)
        #expect(Self.descriptors(Self.structures(["OpOutput"], in: files)).isEmpty)
    }

    /// awsQuery wraps every output in `<Operation>Result`; the Smithy model says so by the protocol alone.
    @Test func aSmithyQueryOperationHasItsResultWrapper() throws {
        let model = Self.smithyEC2.replacingOccurrences(of: "aws.protocols#ec2Query", with: "aws.protocols#awsQuery")
        let client = try Self.files(model)["SvcClient.swift"] ?? ""
        #expect(client.contains(#"AWSOperation("Op", method: "POST", requestURI: "/", resultWrapper: "OpResult")"#))
        #expect(client.contains("    protocol: .awsQuery,\n"))
    }

    static let botocoreRestXML = """
        {"metadata": {"apiVersion": "1", "endpointPrefix": "svc", "serviceId": "Svc", "protocol": "rest-xml"},
         "operations": {
          "PutThing": {"name": "PutThing", "http": {"method": "PUT", "requestUri": "/thing/{Name}"},
            "input": {"shape": "PutThingRequest", "locationName": "PutThingRequest", "xmlNamespace": {"uri": "https://ns/"}}},
          "PutConfig": {"name": "PutConfig", "http": {"method": "PUT", "requestUri": "/config"},
            "input": {"shape": "PutConfigRequest"}}},
         "shapes": {
          "PutThingRequest": {"type": "structure", "required": ["Name"], "members": {
            "Name": {"shape": "String", "location": "uri", "locationName": "Name"},
            "Flat": {"shape": "Strings", "flattened": true}, "Spaced": {"shape": "SpacedList"}, "Tagged": {"shape": "SpacedMap"}}},
          "PutConfigRequest": {"type": "structure", "members": {"Config": {"shape": "Configuration"}}, "payload": "Config"},
          "Configuration": {"type": "structure", "members": {"Value": {"shape": "String"}}},
          "String": {"type": "string"},
          "Strings": {"type": "list", "member": {"shape": "String"}},
          "SpacedList": {"type": "list", "member": {"shape": "String", "xmlNamespace": "https://m/"}},
          "SpacedMap": {"type": "map", "key": {"shape": "String", "locationName": "K", "xmlNamespace": {"uri": "https://k/"}},
            "value": {"shape": "String", "xmlNamespace": {"uri": "https://v/", "prefix": "v"}}}
         }}
        """

    /// The Smithy twin of `botocoreRestXML`; the service's namespace is the body's, and a structure payload's
    /// element is named by its shape.
    static let smithyRestXML = """
        {"smithy": "2.0", "shapes": {
          "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#PutThing"}, {"target": "ex#PutConfig"}],
            "traits": {"aws.api#service": {"sdkId": "Svc"}, "aws.protocols#restXml": {},
              "smithy.api#xmlNamespace": {"uri": "https://ns/"}}},
          "ex#PutThing": {"type": "operation", "input": {"target": "ex#PutThingRequest"}, "output": {"target": "smithy.api#Unit"},
            "traits": {"smithy.api#http": {"method": "PUT", "uri": "/thing/{Name}"}}},
          "ex#PutConfig": {"type": "operation", "input": {"target": "ex#PutConfigRequest"}, "output": {"target": "smithy.api#Unit"},
            "traits": {"smithy.api#http": {"method": "PUT", "uri": "/config"}}},
          "ex#PutThingRequest": {"type": "structure", "members": {
            "Name": {"target": "smithy.api#String", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}},
            "Flat": {"target": "ex#Strings", "traits": {"smithy.api#xmlFlattened": {}}},
            "Spaced": {"target": "ex#SpacedList"}, "Tagged": {"target": "ex#SpacedMap"}}},
          "ex#PutConfigRequest": {"type": "structure", "members": {
            "Config": {"target": "ex#Configuration", "traits": {"smithy.api#httpPayload": {}}}}},
          "ex#Configuration": {"type": "structure", "members": {"Value": {"target": "smithy.api#String"}}},
          "ex#Strings": {"type": "list", "member": {"target": "smithy.api#String"}},
          "ex#SpacedList": {"type": "list", "member": {"target": "smithy.api#String",
            "traits": {"smithy.api#xmlNamespace": {"uri": "https://m/"}}}},
          "ex#SpacedMap": {"type": "map",
            "key": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "K", "smithy.api#xmlNamespace": {"uri": "https://k/"}}},
            "value": {"target": "smithy.api#String", "traits": {"smithy.api#xmlNamespace": {"uri": "https://v/", "prefix": "v"}}}}
        }}
        """

    @Test func aRestXMLBodyHasItsRootAndAPayloadItsElementName() throws {
        let files = try Self.files(Self.botocoreRestXML)
        #expect(Self.descriptors(files["SvcClient.swift"] ?? "") == [
            #"AWSOperation("PutConfig", method: "PUT", requestURI: "/config")"#,
            #"AWSOperation("PutThing", method: "PUT", requestURI: "/thing/{Name}", xmlRoot: "PutThingRequest", xmlNamespace: AWSXMLNamespace("https://ns/"))"#,
        ])
        let inputs = Self.structures(["PutConfigRequest", "PutThingRequest"], in: files)
        #expect(Self.descriptors(inputs) == [
            #"AWSMember("Config", .payload, xmlName: "Configuration")"#,
            #"AWSMember("Name", .uri("Name", greedy: false))"#,
            #"AWSMember("Flat", collection: .list(flattened: true))"#,
            #"AWSMember("Spaced", collection: .list(memberNamespace: AWSXMLNamespace("https://m/")))"#,
            #"AWSMember("Tagged", collection: .map(key: "K", keyNamespace: AWSXMLNamespace("https://k/"), valueNamespace: AWSXMLNamespace("https://v/", prefix: "v")))"#,
        ])
    }

    @Test func aSmithyRestXMLModelGivesTheSameRootAndNames() throws {
        let files = try Self.files(Self.smithyRestXML)
        #expect(Self.descriptors(files["SvcClient.swift"] ?? "") == [
            #"AWSOperation("PutConfig", method: "PUT", requestURI: "/config")"#,
            #"AWSOperation("PutThing", method: "PUT", requestURI: "/thing/{Name}", xmlRoot: "PutThingRequest", xmlNamespace: AWSXMLNamespace("https://ns/"))"#,
        ])
        // botocore's Smithy conversion names the payload member by its target's element.
        let inputs = Self.structures(["PutConfigRequest", "PutThingRequest"], in: files)
        #expect(Self.descriptors(inputs) == [
            #"AWSMember("Configuration", .payload)"#,
            #"AWSMember("Name", .uri("Name", greedy: false))"#,
            #"AWSMember("Flat", collection: .list(flattened: true))"#,
            #"AWSMember("Spaced", collection: .list(memberNamespace: AWSXMLNamespace("https://m/")))"#,
            #"AWSMember("Tagged", collection: .map(key: "K", keyNamespace: AWSXMLNamespace("https://k/"), valueNamespace: AWSXMLNamespace("https://v/", prefix: "v")))"#,
        ])
    }
}
