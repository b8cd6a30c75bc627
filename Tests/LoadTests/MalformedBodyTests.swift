#if AsyncHTTPClient
import AWSRuntime
import LoopbackTesting
import Testing

/// Bodies that are not a document of the operation's protocol, from a real socket, end in a typed error and are not
/// retried; the same client decodes the valid body.
@Suite struct MalformedBodyTests {
    @Test(arguments: ProtocolClient.allCases)
    func decodesTheValidBody(client: ProtocolClient) async throws {
        try await Loopback.with { loopback in
            loopback.server.enqueue(.respond(status: 200, headers: client.headers, body: client.validBody))

            let value = try await client.call(loopback.configuration())
            #expect(value == client.expectedValue)
        }
    }

    @Test(arguments: ProtocolClient.allCases)
    func aMalformedSuccessBodyIsADecodingErrorNotRetried(client: ProtocolClient) async throws {
        try await Loopback.with { loopback in
            for body in client.malformedBodies {
                let before = loopback.server.requestCount
                loopback.server.enqueue(.respond(status: 200, headers: client.headers, body: body))

                let error = try await #require(throws: AWSResponseDecodingError.self) {
                    try await client.call(loopback.configuration())
                }

                #expect(error.status == 200)
                #expect(loopback.server.requestCount == before + 1, "\(error)")
            }
        }
    }

    @Test(arguments: ProtocolClient.allCases)
    func aMalformedErrorBodyIsAServiceErrorWithTheStatus(client: ProtocolClient) async throws {
        try await Loopback.with { loopback in
            for body in client.malformedBodies {
                loopback.server.enqueue(.respond(status: 400, headers: client.headers, body: body))

                let error = try await #require(throws: (any Error).self) {
                    try await client.call(loopback.configuration())
                }

                let serviceError = try #require(error as? any AWSServiceError, "\(error)")
                #expect(serviceError.context.status == 400)
            }
        }
    }
}
#endif
