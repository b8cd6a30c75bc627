import Foundation
import TestSupport
@testable import AWSRuntime

/// Builds requests from the suites' `params` and parses responses into JSON in the suites' conventions
/// (blobs as text, timestamps as epoch seconds), for an entry's input and output types.
enum SuiteCodec {
    /// The unsigned request for the input that `params` describes (keys are the members' coding keys).
    static func buildRequest(_ entry: ProtocolSuiteEntry, _ client: AWSClient, params: JSONValue) throws -> AWSHTTPRequest {
        try build(entry.input, entry.operation, client, params)
    }

    /// The output parsed from `response`, as suite JSON; throws the service error the response holds.
    static func parseResponse(_ entry: ProtocolSuiteEntry, _ client: AWSClient, _ response: AWSHTTPResponse) throws -> JSONValue {
        try parse(entry.output, entry.operation, client, response)
    }

    /// A shape or a modeled error as suite JSON (keys are the members' coding keys).
    static func suiteJSON(_ value: any Encodable) throws -> JSONValue {
        try TreeEncoder(tokenGenerator: { "" }, blobsAsText: true, epochTimestamps: true).encode(value)
    }

    private static func build<Input: AWSShape>(
        _ type: Input.Type, _ operation: AWSOperation, _ client: AWSClient, _ params: JSONValue
    ) throws -> AWSHTTPRequest {
        try client.buildRequest(operation, try TreeDecoder(blobsAsText: true).decode(type, from: params))
    }

    private static func parse<Output: AWSShape>(
        _ type: Output.Type, _ operation: AWSOperation, _ client: AWSClient, _ response: AWSHTTPResponse
    ) throws -> JSONValue {
        try suiteJSON(try client.parseResponse(operation, response, as: type))
    }
}
