import AWSCodegenCore
import Testing

/// The endpoint rules' parameters bound to operations, members and the client, and operations without SigV4, read
/// from Smithy traits and botocore keys alike.
@Suite struct EndpointContextReadingTests {
    @Test func smithyTraitsAreRead() throws {
        let text = #"""
            {"smithy": "2.0", "shapes": {
              "ex#Svc": {"type": "service", "version": "2024-01-01", "operations": [{"target": "ex#Get"}, {"target": "ex#Put"}],
                "traits": {"aws.api#service": {"sdkId": "Ex Svc"}, "aws.protocols#restJson1": {},
                  "smithy.rules#clientContextParams": {"ForcePathStyle": {"type": "boolean", "documentation": "Path style."}}}},
              "ex#Get": {"type": "operation", "input": {"target": "ex#In"}, "output": {"target": "smithy.api#Unit"},
                "traits": {"smithy.api#http": {"method": "GET", "uri": "/{Bucket}"}, "smithy.api#auth": [],
                  "smithy.api#optionalAuth": {},
                  "smithy.rules#staticContextParams": {"Kind": {"value": "data"}, "Flag": {"value": true},
                    "Names": {"value": ["a", "b"]}},
                  "smithy.rules#operationContextParams": {"Keys": {"path": "Items[*].Key"}}}},
              "ex#Put": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "smithy.api#Unit"},
                "traits": {"smithy.api#http": {"method": "PUT", "uri": "/"}, "smithy.api#auth": ["aws.auth#sigv4"]}},
              "ex#In": {"type": "structure", "members": {"Bucket": {"target": "smithy.api#String", "traits": {
                "smithy.api#required": {}, "smithy.api#httpLabel": {}, "smithy.rules#contextParam": {"name": "Bucket"}}}}}
            }}
            """#
        let model = try SmithyReader.read(try JSONCDocument(file: "ex.json", bytes: Array(text.utf8)))
        let get = try #require(model.operations["Get"])
        #expect(get.unsigned)
        #expect(get.staticContextParams.map(\.name) == ["Flag", "Kind", "Names"])
        #expect(get.staticContextParams.map(\.value) == [.bool(true), .string("data"), .stringArray(["a", "b"])])
        #expect(get.operationContextParams.map(\.path) == ["Items[*].Key"])
        #expect(model.operations["Put"]?.unsigned == false)
        #expect(model.shapes["In"]?.structure?.members.first?.reference.contextParam == "Bucket")
        #expect(model.clientContextParams.map { [$0.name, $0.type, $0.documentation] } == [["ForcePathStyle", "boolean", "Path style."]])
    }

    @Test func botocoreKeysAreRead() throws {
        let text = #"""
            {"metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "ex", "protocol": "rest-json", "serviceId": "Ex"},
             "clientContextParams": {"Accelerate": {"type": "boolean"}},
             "operations": {
               "Get": {"name": "Get", "http": {"method": "GET", "requestUri": "/{Bucket}"}, "input": {"shape": "In"},
                 "authtype": "none", "auth": ["smithy.api#noAuth"],
                 "staticContextParams": {"Flag": {"value": false}},
                 "operationContextParams": {"Keys": {"path": "keys(Items)"}}},
               "Put": {"name": "Put", "http": {"method": "PUT", "requestUri": "/"}, "authtype": "v4-unsigned-body"}},
             "shapes": {"In": {"type": "structure", "required": ["Bucket"], "members": {
               "Bucket": {"shape": "S", "location": "uri", "locationName": "Bucket", "contextParam": {"name": "Bucket"}}}},
               "S": {"type": "string"}}}
            """#
        let model = try ModelReader.read(try JSONCDocument(file: "service-2.json", bytes: Array(text.utf8)))
        let get = try #require(model.operations["Get"])
        #expect(get.unsigned)
        #expect(get.staticContextParams.map(\.value) == [.bool(false)])
        #expect(get.operationContextParams.map(\.name) == ["Keys"])
        #expect(model.operations["Put"]?.unsigned == false)
        #expect(model.shapes["In"]?.structure?.members.first?.reference.contextParam == "Bucket")
        #expect(model.clientContextParams.map(\.name) == ["Accelerate"])
    }

    @Test func aStaticValueOfAnotherTypeIsAnError() throws {
        let text = #"""
            {"metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "ex", "protocol": "rest-json"},
             "operations": {"Get": {"http": {"method": "GET", "requestUri": "/"}, "staticContextParams": {"Flag": {"value": 1}}}},
             "shapes": {}}
            """#
        let error = try #require(throws: GeneratorError.self) {
            try ModelReader.read(try JSONCDocument(file: "service-2.json", bytes: Array(text.utf8)))
        }
        #expect(error.path == "operations.Get.staticContextParams.Flag.value")
        #expect(error.message == "expected a string, a boolean or a list of strings")
    }
}
