import AWSRuntime
import AWSRuntimeTesting
import Foundation
import Testing

/// botocore's end-to-end endpoint cases (`operationInputs` in the endpoint tests of S3, S3 Control, DynamoDB, STS,
/// Kinesis and EventBridge): each makes a client with the case's built-in settings, calls the operation with the
/// case's parameters, and checks that the signed request's URL starts with the expected endpoint, or that the call
/// fails before sending with the expected message, as botocore's `test_endpoint_rulesets.py` does.
@Suite struct EndpointOperationTests {
    /// One call of one case.
    struct Call: CustomTestStringConvertible, Sendable {
        var service: String
        var index: Int
        var documentation: String
        var operation: String
        var builtIns: [String: JSONValue]
        var parameters: JSONValue
        var expectation: JSONValue
        var testDescription: String { "\(service) #\(index) \(operation): \(documentation)" }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AWSEndpointRulesTests/Resources/endpoint-rules")

    /// Every call of every case, in file order.
    static func calls() throws -> [Call] {
        var calls: [Call] = []
        for service in EndpointOperations.calls.keys.sorted() {
            let data = try Data(contentsOf: root.appendingPathComponent("\(service)/endpoint-tests-1.json"))
            let document = try JSONValue.parse(Array(data))
            for (index, testCase) in (document["testCases"]?.arrayValue ?? []).enumerated() {
                for input in testCase["operationInputs"]?.arrayValue ?? [] {
                    calls.append(Call(
                        service: service, index: index, documentation: testCase["documentation"]?.stringValue ?? "",
                        operation: input["operationName"]?.stringValue ?? "",
                        builtIns: input["builtInParams"]?.objectValue ?? [:],
                        parameters: input["operationParams"] ?? .object([:]),
                        expectation: testCase["expect"] ?? .null))
                }
            }
        }
        return calls
    }

    /// Bucket names botocore rejects before it resolves an endpoint, so its test skips them (`test_endpoint_rulesets.py`).
    static let invalidBucketNames: Set<String> = ["bucket name", "example.com#"]

    @Test func thereAreSixHundredNinetyCalls() throws {
        let calls = try Self.calls()
        #expect(calls.count == 690)
        print("endpoint end-to-end cases: \(calls.count) calls, \(calls.filter(Self.isSkipped).count) skipped as botocore skips them")
    }

    static func isSkipped(_ call: Call) -> Bool {
        call.parameters["Bucket"]?.stringValue.map(invalidBucketNames.contains) == true
    }

    @Test(arguments: try calls().filter { !isSkipped($0) })
    func requestGoesToTheCasesEndpoint(_ call: Call) throws {
        let build = try #require(EndpointOperations.calls[call.service]?[call.operation], "no client operation \(call.operation)")
        let result = Result { try build(Self.configuration(call.builtIns), call.parameters, Self.credentials(call.builtIns)) }
        if let message = call.expectation["error"]?.stringValue {
            switch result {
            case .success(let request):
                Issue.record("expected the error '\(message)', sent \(request.url)")
            case .failure(let error):
                #expect("\(error)".contains(message), "expected the error '\(message)'")
            }
            return
        }
        let request = try result.get()
        let expected = try Self.expectedURL(call)
        #expect(request.url.hasPrefix(expected), "\(request.url) does not start with \(expected)")
        for (name, values) in call.expectation["endpoint"]?["headers"]?.objectValue ?? [:] {
            #expect(request.headers.values(name) == (values.arrayValue ?? []).compactMap(\.stringValue), "header \(name)")
        }
    }

    /// The case's endpoint URL with the operation's host prefix, which the rules leave to the client (S3's
    /// `WriteGetObjectResponse` goes to `{RequestRoute}.s3-object-lambda…`, as botocore sends it).
    static func expectedURL(_ call: Call) throws -> String {
        let url = try #require(call.expectation["endpoint"]?["url"]?.stringValue)
        guard let prefix = EndpointOperations.hostPrefixes[call.operation], let schemeEnd = url.range(of: "://") else { return url }
        var host = prefix
        for (name, value) in call.parameters.objectValue ?? [:] {
            host = host.replacingOccurrences(of: "{\(name)}", with: value.stringValue ?? "")
        }
        return String(url[..<schemeEnd.upperBound]) + host + url[schemeEnd.upperBound...]
    }

    /// A client configuration with the case's built-ins, each set as a user sets it: the region, FIPS, dual-stack
    /// and endpoint in the configuration, the S3 and account settings in their environment variables, and the
    /// rest as endpoint parameters (the generated client documents `ForcePathStyle` and `Accelerate` as such).
    static func configuration(_ builtIns: [String: JSONValue]) -> AWSClientConfiguration {
        // botocore's test gives each case only the built-ins it lists; the global endpoints are off unless listed.
        var environment = ["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT": "regional", "AWS_STS_REGIONAL_ENDPOINTS": "regional"]
        var parameters = EndpointParameters()
        for (name, value) in builtIns {
            let text = value.stringValue ?? (value.boolValue.map { $0 ? "true" : "false" } ?? "")
            switch name {
            case "AWS::S3::UseArnRegion", "AWS::S3Control::UseArnRegion": environment["AWS_S3_USE_ARN_REGION"] = text
            case "AWS::S3::DisableMultiRegionAccessPoints": environment["AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS"] = text
            case "AWS::Auth::AccountIdEndpointMode": environment["AWS_ACCOUNT_ID_ENDPOINT_MODE"] = text
            case "AWS::S3::ForcePathStyle": parameters["ForcePathStyle"] = .bool(value.boolValue ?? false)
            case "AWS::S3::Accelerate": parameters["Accelerate"] = .bool(value.boolValue ?? false)
            case "AWS::S3::UseGlobalEndpoint": environment["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"] = value.boolValue == true ? "legacy" : "regional"
            case "AWS::STS::UseGlobalEndpoint": environment["AWS_STS_REGIONAL_ENDPOINTS"] = value.boolValue == true ? "legacy" : "regional"
            default: break
            }
        }
        return AWSClientConfiguration(
            region: builtIns["AWS::Region"]?.stringValue, endpoint: builtIns["SDK::Endpoint"]?.stringValue,
            useFIPS: builtIns["AWS::UseFIPS"]?.boolValue ?? false, useDualStack: builtIns["AWS::UseDualStack"]?.boolValue ?? false,
            endpointParameters: parameters, credentials: StaticCredentialProvider(credentials(builtIns)),
            transport: AWSStubTransport(), environment: environment.merging(["HOME": "/nonexistent"]) { first, _ in first })
    }

    /// Fixed credentials, with the case's account ID.
    static func credentials(_ builtIns: [String: JSONValue]) -> AWSCredentials {
        AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret", accountId: builtIns["AWS::Auth::AccountId"]?.stringValue)
    }
}
