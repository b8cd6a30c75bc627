import AWSRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AWSRuntime
import LoopbackTesting

/// Clock skew: a response that says the request time is off, with a `Date` far from the local time, sets the
/// client's offset; the attempt is signed again at the service's time, and later calls use the offset.
@Suite struct ClockSkewTests {
    /// A loopback service whose clock is `offset` seconds from this machine's, and which rejects a request whose
    /// `X-Amz-Date` is more than 5 minutes from its time with `RequestTimeTooSkewed`, as AWS does.
    static func skewedServer(offset: TimeInterval) async throws -> LoopbackHTTPServer {
        let server = try await LoopbackHTTPServer.start()
        let answer = LoopbackHTTPServer.Behavior.decide { request in
            let serverTime = Date() + offset
            let date = ("Date", TimestampCoding.httpDate(serverTime))
            guard let signed = request.headers["X-Amz-Date"].flatMap(Self.amzDate),
                abs(signed.timeIntervalSince(serverTime)) <= 300
            else {
                return .respond(
                    status: 400, headers: AWSHTTPHeaders([date, ("Content-Type", "application/x-amz-json-1.0")]),
                    body: Array(#"{"__type": "RequestTimeTooSkewed", "message": "The difference between the request time and the server's time is too large."}"#.utf8))
            }
            return .respond(status: 200, headers: AWSHTTPHeaders([date]), body: Array("{}".utf8))
        }
        server.enqueue(answer, answer, answer, answer, answer, answer)
        return server
    }

    /// `20261203T100000Z` as a date.
    static func amzDate(_ text: String) -> Date? {
        let characters = Array(text)
        guard characters.count == 16 else { return nil }
        let iso = String(characters[0..<4]) + "-" + String(characters[4..<6]) + "-" + String(characters[6..<8]) + "T"
            + String(characters[9..<11]) + ":" + String(characters[11..<13]) + ":" + String(characters[13..<15]) + "Z"
        return TimestampCoding.parseISO8601(iso)
    }

    @Test(arguments: [1200.0, -1200.0])
    func aServerTwentyMinutesOffAcceptsTheRetryAndTheNextCall(offset: TimeInterval) async throws {
        let server = try await Self.skewedServer(offset: offset)
        let client = try TestService.client(.hygieneTest(AWSDefaultTransport.shared, endpoint: server.baseURL))
        try await TestService.call(client)
        #expect(server.requests.count == 2)
        try await TestService.call(client)
        #expect(server.requests.count == 3)
        let stamps = server.requests.compactMap { $0.headers["X-Amz-Date"].flatMap(Self.amzDate) }
        #expect(stamps.count == 3)
        #expect(abs(stamps[0].timeIntervalSinceNow) < 60)
        #expect(abs(stamps[1].timeIntervalSinceNow - offset) < 60)
        #expect(abs(stamps[2].timeIntervalSinceNow - offset) < 60)
        // The skew retry is the call's second attempt, with the same invocation id.
        #expect(server.requests[1].headers["amz-sdk-request"]?.hasSuffix("attempt=2; max=3") == true)
        #expect(server.requests[0].headers["amz-sdk-invocation-id"] == server.requests[1].headers["amz-sdk-invocation-id"])
        try await server.shutdown()
    }

    /// An error response with `code` and a `Date` `offset` seconds from `now`.
    static func error(_ code: String, offset: TimeInterval, now: Date) -> any Error {
        let headers = AWSHTTPHeaders([("Date", TimestampCoding.httpDate(now + offset))])
        return AWSUnknownServiceError(context: AWSErrorContext(code: code, message: nil, status: 403, requestID: nil, headers: headers))
    }

    @Test func onlySkewCodesWithAFarOffDateSetTheOffset() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let skew = ClockSkew(localTime: { now })
        #expect(!skew.correct(after: Self.error("AccessDenied", offset: 3600, now: now)))
        #expect(!skew.correct(after: Self.error("SignatureDoesNotMatch", offset: 60, now: now)))
        #expect(!skew.correct(after: AWSTransportError(.timeout, "slow")))
        #expect(skew.seconds == 0)
        #expect(skew.correct(after: Self.error("InvalidSignatureException", offset: -900, now: now)))
        #expect(skew.seconds == -900)
        #expect(skew.now() == now - 900)
        // Once corrected, the same skew is no longer far off.
        #expect(!skew.correct(after: Self.error("RequestTimeTooSkewed", offset: -900, now: now)))
        #expect(skew.correct(after: Self.error("RequestExpired", offset: 600, now: now)))
        #expect(skew.seconds == 600)
    }

    @Test func aSkewErrorWithoutADateIsNotRetriedForSkew() async throws {
        let transport = AWSStubTransport(status: 400, body: #"{"__type": "RequestTimeTooSkewed"}"#)
        let client = try TestService.client(.hygieneTest(transport))
        await #expect(throws: AWSUnknownServiceError.self) { try await TestService.call(client) }
        #expect(transport.requests.count == 1)
    }
}
