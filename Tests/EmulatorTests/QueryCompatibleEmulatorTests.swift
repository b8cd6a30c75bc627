import AWSRuntime
import EmulatorSQS
import Foundation
import Testing

/// SQS (awsJson 1.0, `awsQueryCompatible`) against moto: a missing queue is `QueueDoesNotExist`, with its query
/// code readable.
@Suite struct QueryCompatibleEmulatorTests {
    @Test func queuesCarryMessagesAndAMissingQueueIsTyped() async throws {
        let sqs = try EmulatorSQSClient(configuration: try await EmulatorClients.configuration())
        let name = EmulatorClients.unique("queue")
        let queueUrl = try #require(try await sqs.createQueue(CreateQueueRequest(queueName: name)).queueUrl)
        #expect(queueUrl.hasSuffix("/\(name)"))
        #expect(try await sqs.getQueueUrl(GetQueueUrlRequest(queueName: name)).queueUrl == queueUrl)
        let sent = try await sqs.sendMessage(SendMessageRequest(messageBody: "hello", queueUrl: queueUrl))
        #expect(sent.messageId?.isEmpty == false)
        let received = try await sqs.receiveMessage(ReceiveMessageRequest(maxNumberOfMessages: 1, queueUrl: queueUrl))
        #expect(received.messages?.first?.body == "hello")
        do {
            _ = try await sqs.getQueueUrl(GetQueueUrlRequest(queueName: EmulatorClients.unique("missing")))
            Issue.record("a missing queue had a URL")
        } catch let error as QueueDoesNotExist {
            #expect(error.context.queryErrorCode == "AWS.SimpleQueueService.NonExistentQueue")
        }
    }
}
