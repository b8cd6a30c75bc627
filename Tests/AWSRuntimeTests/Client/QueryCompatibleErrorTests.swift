import Testing
@_spi(Generated) @testable import AWSRuntime

/// Errors of an `awsQueryCompatible` service (SQS): the type comes from `__type`, the query code from the
/// `x-amzn-query-error` header.
@Suite struct QueryCompatibleErrorTests {
    /// SQS's `QueueDoesNotExist`, written as the generator writes an error.
    struct QueueDoesNotExist: AWSModeledError {
        let message: String?
        let context: AWSErrorContext

        init(from decoder: any Decoder) throws {
            message = try AWSKeyedReader(decoder).decodeIfPresent("message")
            context = AWSErrorContext.responseBeingDecoded
        }

        func encode(to encoder: any Encoder) throws {
            var writer = AWSKeyedWriter(encoder)
            try writer.encodeIfPresent(message, "message")
        }
    }

    static let parser = ResponseParser(service: AWSServiceDescriptor(
        serviceID: "SQS", signingName: "sqs", endpointPrefix: "sqs", apiVersion: "2012-11-05",
        protocol: .awsJSON(version: "1.0", targetPrefix: "AmazonSQS"), queryCompatible: true,
        errors: ["QueueDoesNotExist": QueueDoesNotExist.self]))
    static let operation = AWSOperation("GetQueueUrl", method: "POST", requestURI: "/")

    static func error(headers: [(String, String)], body: String) -> any Error {
        parser.serviceError(operation, AWSHTTPResponse(
            status: 400, headers: AWSHTTPHeaders(headers), body: Array(body.utf8)))
    }

    @Test func theModeledTypeComesFromTypeAndTheQueryCodeFromTheHeader() throws {
        let error = Self.error(
            headers: [("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender")],
            body: #"{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "The specified queue does not exist."}"#)
        let modeled = try #require(error as? QueueDoesNotExist)
        #expect(modeled.message == "The specified queue does not exist.")
        #expect(modeled.context.code == "QueueDoesNotExist")
        #expect(modeled.context.queryErrorCode == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(modeled.context.queryErrorFault == "Sender")
    }

    @Test func anUnmodeledErrorKeepsItsQueryCode() throws {
        let error = Self.error(
            headers: [("X-Amzn-Errortype", "InternalError"), ("x-amzn-query-error", "InternalError;Receiver")], body: "{}")
        let unknown = try #require(error as? AWSUnknownServiceError)
        #expect(unknown.context.code == "InternalError")
        #expect(unknown.context.queryErrorCode == "InternalError")
        #expect(unknown.context.queryErrorFault == "Receiver")
    }

    @Test func aHeaderThatIsNotCodeAndFaultIsIgnored() throws {
        for header in ["NoFault", ";Sender", "A;B;C"] {
            let error = Self.error(headers: [("x-amzn-query-error", header)], body: #"{"__type": "QueueDoesNotExist"}"#)
            let modeled = try #require(error as? QueueDoesNotExist)
            #expect(modeled.context.queryErrorCode == nil)
            #expect(modeled.context.queryErrorFault == nil)
        }
    }
}
