import AWSCodegenCore
import Testing

/// The `httpChecksum` and `httpChecksumRequired` traits, read from a botocore model and its Smithy twin, give the
/// same `AWSHTTPChecksum` argument to the operations that have them and none to the others.
@Suite struct HTTPChecksumReadingTests {
    static let botocore = #"""
        {"metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "ex", "protocol": "rest-xml", "serviceId": "Ex"},
         "operations": {
           "Put": {"name": "Put", "http": {"method": "PUT", "requestUri": "/{Key}"}, "input": {"shape": "PutIn"},
             "httpChecksum": {"requestChecksumRequired": false, "requestAlgorithmMember": "Algorithm"}},
           "Get": {"name": "Get", "http": {"method": "GET", "requestUri": "/{Key}"}, "input": {"shape": "GetIn"},
             "httpChecksum": {"requestValidationModeMember": "Mode", "responseAlgorithms": ["CRC64NVME", "CRC32", "SHA256"]}},
           "Lock": {"name": "Lock", "http": {"method": "PUT", "requestUri": "/{Key}?lock"}, "input": {"shape": "GetIn"},
             "httpChecksumRequired": true},
           "Plain": {"name": "Plain", "http": {"method": "GET", "requestUri": "/{Key}?plain"}, "input": {"shape": "GetIn"},
             "httpChecksumRequired": false}},
         "shapes": {
           "PutIn": {"type": "structure", "required": ["Key"], "members": {
             "Key": {"shape": "S", "location": "uri", "locationName": "Key"},
             "Algorithm": {"shape": "S", "location": "header", "locationName": "x-amz-sdk-checksum-algorithm"}}},
           "GetIn": {"type": "structure", "required": ["Key"], "members": {
             "Key": {"shape": "S", "location": "uri", "locationName": "Key"},
             "Mode": {"shape": "S", "location": "header", "locationName": "x-amz-checksum-mode"}}},
           "S": {"type": "string"}}}
        """#

    static let smithy = #"""
        {"smithy": "2.0", "shapes": {
          "ex#Svc": {"type": "service", "version": "2024-01-01",
            "operations": [{"target": "ex#Put"}, {"target": "ex#Get"}, {"target": "ex#Lock"}, {"target": "ex#Plain"}],
            "traits": {"aws.api#service": {"sdkId": "Ex", "endpointPrefix": "ex"}, "aws.protocols#restXml": {}}},
          "ex#Put": {"type": "operation", "input": {"target": "ex#PutIn"}, "output": {"target": "smithy.api#Unit"},
            "traits": {"smithy.api#http": {"method": "PUT", "uri": "/{Key}"},
              "aws.protocols#httpChecksum": {"requestChecksumRequired": false, "requestAlgorithmMember": "Algorithm"}}},
          "ex#Get": {"type": "operation", "input": {"target": "ex#GetIn"}, "output": {"target": "smithy.api#Unit"},
            "traits": {"smithy.api#http": {"method": "GET", "uri": "/{Key}"},
              "aws.protocols#httpChecksum": {"requestValidationModeMember": "Mode",
                "responseAlgorithms": ["CRC64NVME", "CRC32", "SHA256"]}}},
          "ex#Lock": {"type": "operation", "input": {"target": "ex#GetIn"}, "output": {"target": "smithy.api#Unit"},
            "traits": {"smithy.api#http": {"method": "PUT", "uri": "/{Key}?lock"}, "smithy.api#httpChecksumRequired": {}}},
          "ex#Plain": {"type": "operation", "input": {"target": "ex#GetIn"}, "output": {"target": "smithy.api#Unit"},
            "traits": {"smithy.api#http": {"method": "GET", "uri": "/{Key}?plain"}}},
          "ex#PutIn": {"type": "structure", "members": {
            "Key": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}, "smithy.api#httpLabel": {}}},
            "Algorithm": {"target": "smithy.api#String", "traits": {"smithy.api#httpHeader": "x-amz-sdk-checksum-algorithm"}}}},
          "ex#GetIn": {"type": "structure", "members": {
            "Key": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}, "smithy.api#httpLabel": {}}},
            "Mode": {"target": "smithy.api#String", "traits": {"smithy.api#httpHeader": "x-amz-checksum-mode"}}}}
        }}
        """#

    static let expected = [
        #"static let get = AWSOperation("Get", method: "GET", requestURI: "/{Key}", checksum: AWSHTTPChecksum(validationModeHeader: "x-amz-checksum-mode", responseAlgorithms: ["CRC64NVME", "CRC32", "SHA256"]))"#,
        #"static let lock = AWSOperation("Lock", method: "PUT", requestURI: "/{Key}?lock", checksum: AWSHTTPChecksum(required: true))"#,
        #"static let plain = AWSOperation("Plain", method: "GET", requestURI: "/{Key}?plain")"#,
        #"static let put = AWSOperation("Put", method: "PUT", requestURI: "/{Key}", checksum: AWSHTTPChecksum(algorithmHeader: "x-amz-sdk-checksum-algorithm"))"#,
    ]

    @Test(arguments: [("service-2.json", botocore), ("ex.json", smithy)])
    func bothFormatsGiveTheSameDescriptors(_ file: String, _ text: String) throws {
        let module = try Generator.generateModule(ModelInput(service: ModelInput.File(name: file, bytes: Array(text.utf8))))
        let client = module.files.first { $0.name.hasSuffix("Client.swift") }?.contents ?? ""
        let descriptors = client.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "static let ") else { return nil }
            return "static let " + line[start.upperBound...]
        }.filter { $0.contains("AWSOperation(") }
        #expect(descriptors == Self.expected)
    }

    @Test func aRequiredFlagOfAnotherTypeIsAnError() throws {
        let text = #"""
            {"metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "ex", "protocol": "rest-json"},
             "operations": {"Get": {"http": {"method": "GET", "requestUri": "/"}, "httpChecksumRequired": "yes"}},
             "shapes": {}}
            """#
        let error = try #require(throws: GeneratorError.self) {
            try ModelReader.read(try JSONCDocument(file: "service-2.json", bytes: Array(text.utf8)))
        }
        #expect(error.path == "operations.Get.httpChecksumRequired")
    }
}
