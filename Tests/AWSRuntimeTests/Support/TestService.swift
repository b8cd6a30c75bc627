import Foundation
@_spi(Generated) @testable import AWSRuntime

/// A made-up awsJson 1.0 service with one operation, for driving `AWSClient` itself: the request hygiene headers,
/// retries and clock skew.
enum TestService {
    static let descriptor = AWSServiceDescriptor(
        serviceID: "Test Service", signingName: "testservice", endpointPrefix: "testservice", apiVersion: "2020-01-01",
        protocol: .awsJSON(version: "1.0", targetPrefix: "TestService"), errors: [:])
    static let operation = AWSOperation("DoThing", method: "POST", requestURI: "/")

    /// A client of the service with `configuration`.
    static func client(_ configuration: AWSClientConfiguration) throws -> AWSClient {
        try AWSClient(service: descriptor, configuration: configuration)
    }

    /// Calls the operation once.
    static func call(_ client: AWSClient) async throws {
        _ = try await client.execute(operation, AWSEmptyShape(), output: AWSEmptyShape.self)
    }

    /// An awsJson error response with `code`, `status` and the extra `headers`.
    static func error(_ code: String, status: Int = 400, headers: [(String, String)] = []) -> AWSHTTPResponse {
        AWSHTTPResponse(
            status: status, headers: AWSHTTPHeaders(headers),
            body: Array(#"{"__type": "\#(code)", "message": "\#(code)"}"#.utf8))
    }
}

extension AWSClientConfiguration {
    /// A configuration for the request hygiene tests: fixed credentials, an empty environment, retries that wait a
    /// millisecond, and attempts and mode left to the environment.
    static func hygieneTest(_ transport: any AWSTransport, endpoint: String? = nil) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: "us-east-1", endpoint: endpoint,
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            transport: transport, retry: AWSRetryConfiguration(baseDelay: .milliseconds(1)), environment: [:])
    }
}
