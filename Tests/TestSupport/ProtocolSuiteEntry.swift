import Foundation
@testable import AWSRuntime

/// Names one operation of one protocol test suite: the suite file (such as `input/rest-json.json`), the
/// suite's index in it and the operation's name in the suite's model.
public struct ProtocolSuiteKey: Hashable, Sendable {
    public let file: String
    public let suite: Int
    public let operation: String

    public init(_ file: String, _ suite: Int, _ operation: String) {
        self.file = file
        self.suite = suite
        self.operation = operation
    }
}

/// One generated operation of a protocol test suite, with its types erased: it builds requests from the
/// suites' `params` and parses responses into JSON in the suites' conventions (blobs as text, timestamps
/// as epoch seconds).
public struct ProtocolSuiteEntry: Sendable {
    /// The generated client's service descriptor.
    public let service: AWSServiceDescriptor
    /// The operation.
    public let operation: AWSOperation
    private let build: @Sendable (AWSClient, AWSOperation, JSONValue) throws -> AWSHTTPRequest
    private let parse: @Sendable (AWSClient, AWSOperation, AWSHTTPResponse) throws -> JSONValue

    /// An entry for an operation whose input is `Input` and output `Output`.
    public init<Input: AWSShape, Output: AWSShape>(
        _ service: AWSServiceDescriptor, _ operation: AWSOperation, _ input: Input.Type, _ output: Output.Type
    ) {
        self.service = service
        self.operation = operation
        build = { client, operation, params in
            try client.buildRequest(operation, try TreeDecoder(blobsAsText: true).decode(Input.self, from: params))
        }
        parse = { client, operation, response in
            try Self.suiteJSON(try client.parseResponse(operation, response, as: Output.self))
        }
    }

    /// The unsigned request for the input that `params` describes (keys are the members' coding keys).
    public func buildRequest(_ client: AWSClient, params: JSONValue) throws -> AWSHTTPRequest {
        try build(client, operation, params)
    }

    /// The output parsed from `response`, as suite JSON; throws the service error the response holds.
    public func parseResponse(_ client: AWSClient, _ response: AWSHTTPResponse) throws -> JSONValue {
        try parse(client, operation, response)
    }

    /// A shape or a modeled error as suite JSON (keys are the members' coding keys).
    public static func suiteJSON(_ value: any Encodable) throws -> JSONValue {
        try TreeEncoder(tokenGenerator: { "" }, blobsAsText: true, epochTimestamps: true).encode(value)
    }
}
