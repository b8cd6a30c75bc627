import Foundation
@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
import TestSupport

/// Builds requests from the suites' `params` and parses responses into JSON in the suites' conventions
/// (blobs as text, timestamps as epoch seconds), for an entry's input and output types.
enum SuiteCodec {
    /// The unsigned request for the input that `params` describes (keys are the members' coding keys).
    static func buildRequest(_ entry: ProtocolSuiteEntry, _ client: AWSClient, params: JSONValue) throws -> AWSHTTPRequest {
        try build(entry.input, entry.operation, client, params)
    }

    /// The output parsed from `response`, as suite JSON; throws the service error the response holds.
    static func parseResponse(_ entry: ProtocolSuiteEntry, _ client: AWSClient, _ response: AWSHTTPResponse) async throws -> JSONValue {
        try await parse(entry.output, entry.operation, client, response)
    }

    /// A shape or a modeled error as suite JSON (keys are the members' coding keys).
    static func suiteJSON(_ value: any Encodable) throws -> JSONValue {
        try ProtocolSuiteCoding.json(value)
    }

    private static func build<Input: ProtocolSuiteEntry.Shape>(
        _ type: Input.Type, _ operation: AWSOperation, _ client: AWSClient, _ params: JSONValue
    ) throws -> AWSHTTPRequest {
        try client.buildRequest(operation, try ProtocolSuiteCoding.decode(type, from: params))
    }

    /// An output with an event stream is read as the client reads a streamed response, and its events
    /// become the array that botocore's suites show.
    private static func parse<Output: ProtocolSuiteEntry.Shape>(
        _ type: Output.Type, _ operation: AWSOperation, _ client: AWSClient, _ response: AWSHTTPResponse
    ) async throws -> JSONValue {
        guard let key = Output.awsMembers.first(where: { $0.location == .eventStream })?.key else {
            return try suiteJSON(try client.parseResponse(operation, response, as: type))
        }
        // The suites write an event stream body in base64, and botocore's runner decodes it.
        var binary = response
        binary.body = Array(Data(base64Encoded: Data(response.body)) ?? Data())
        let output = try await client.parseResponse(operation, AWSStreamingResponse(binary), as: type)
        guard case .object(var members) = try suiteJSON(output),
              let stream = Mirror(reflecting: output).children.lazy.compactMap({ $0.value as? any SuiteEventStream }).first
        else { return .null }
        members[key] = .array(try await stream.suiteEvents())
        return .object(members)
    }
}

/// An event stream whose events the harness collects as suite JSON.
private protocol SuiteEventStream {
    func suiteEvents() async throws -> [JSONValue]
}

extension AWSEventStream: SuiteEventStream where Event: Encodable {
    fileprivate func suiteEvents() async throws -> [JSONValue] {
        var events: [JSONValue] = []
        for try await event in self { events.append(try SuiteCodec.suiteJSON(event)) }
        return events
    }
}
