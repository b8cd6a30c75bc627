import AWSRuntime
import CBORFixture
import EmulatorEC2
import EmulatorS3
import EmulatorSQS
import EmulatorSTS
import FeaturesFixture
import Foundation

// The response decoders of each protocol, through a generated client and a stub transport: the first byte
// picks the status (so that both outputs and modeled errors are read), the rest is the body.

extension FuzzTarget {
    static let restJSON = protocolTarget("rest-json", "FeaturesFixture GetThing (rest-json)", "application/json", client: FeaturesClient.init) {
        _ = try await $0.getThing(GetThingRequest(thingId: "thing-1"))
    }

    static let awsJSON = protocolTarget("aws-json", "EmulatorSQS ReceiveMessage (awsJson 1.0)", "application/x-amz-json-1.0", client: EmulatorSQSClient.init) {
        _ = try await $0.receiveMessage(ReceiveMessageRequest(queueUrl: "https://q"))
    }

    static let restXML = protocolTarget("rest-xml", "EmulatorS3 ListObjectsV2 (rest-xml)", "application/xml", client: EmulatorS3Client.init) {
        _ = try await $0.listObjectsV2(ListObjectsV2Request(bucket: "bucket"))
    }

    static let query = protocolTarget("query", "EmulatorSTS AssumeRole (query)", "text/xml", client: EmulatorSTSClient.init) {
        _ = try await $0.assumeRole(AssumeRoleRequest(roleArn: "arn:aws:iam::123456789012:role/r", roleSessionName: "session"))
    }

    static let ec2 = protocolTarget("ec2", "EmulatorEC2 DescribeInstances (ec2)", "text/xml", client: EmulatorEC2Client.init) {
        _ = try await $0.describeInstances(DescribeInstancesRequest())
    }

    static let rpcV2CBOR = protocolTarget("rpc-v2-cbor", "CBORFixture PutThing (smithy-rpc-v2-cbor)", "application/cbor", client: ThingsClient.init) {
        _ = try await $0.putThing(PutThingInput(name: "thing"))
    }

    /// The statuses the first byte picks from: a success, two client errors and a server error.
    static let statuses = [200, 400, 404, 500]

    /// The headers of every fuzzed response: the protocol's content type.
    static func responseHeaders(_ contentType: String) -> AWSHTTPHeaders {
        var headers = AWSHTTPHeaders()
        headers.add("Content-Type", contentType)
        if contentType == "application/cbor" { headers.add("smithy-protocol", "rpc-v2-cbor") }
        return headers
    }

    /// A target that answers `call`'s one request with the input as the body. The client is made once per target
    /// (S3's makes its endpoint rules, which takes long), and its transport answers with the current input.
    /// A run whose call fails before the request reaches the transport traps: such a request (the query
    /// target's `roleSessionName` was once too short for STS's minimum) would fuzz nothing but validation.
    static func protocolTarget<Client: Sendable>(
        _ name: String, _ summary: String, _ contentType: String,
        client make: (AWSClientConfiguration) throws -> Client,
        _ call: @escaping @Sendable (Client) async throws -> Void
    ) -> FuzzTarget {
        let current = CurrentResponse()
        let headers = responseHeaders(contentType)
        let configuration = AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
            transport: current,
            retry: AWSRetryConfiguration(maxAttempts: 1),
            environment: [:])
        let client = try! make(configuration)
        return FuzzTarget(name: name, summary: summary) { bytes in
            let status = statuses[Int(bytes.first ?? 0) % statuses.count]
            current.response = AWSHTTPResponse(status: status, headers: headers, body: Array(bytes.dropFirst()))
            let requests = current.requests
            do {
                try blocking { try await call(client) }
            } catch {
                guard current.requests > requests else { fatalError("\(name): the request never reaches the transport: \(error)") }
                throw error
            }
        }
    }
}

/// The transport of the protocol targets: it answers with the current fuzz input and counts the requests.
/// Not `AWSStubTransport`, which keeps every request for tests to look at: over a fuzzing run that grew the
/// process by about 1.2 KB a run (found when the ec2 target reached 1.8 GB).
final class CurrentResponse: AWSTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var value = AWSHTTPResponse(status: 200)
    private var count = 0
    var response: AWSHTTPResponse {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
    /// How many requests the transport has answered.
    var requests: Int { lock.withLock { count } }

    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        lock.withLock {
            count += 1
            return value
        }
    }
}

/// Runs `work` to its end on the cooperative pool and waits for it: libFuzzer's callback is synchronous.
func blocking(_ work: @escaping @Sendable () async throws -> Void) throws {
    let done = DispatchSemaphore(value: 0)
    let failure = ErrorBox()
    Task.detached {
        do { try await work() } catch { failure.set(error) }
        done.signal()
    }
    done.wait()
    if let error = failure.get() { throw error }
}

/// The error a detached task ended with.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    func set(_ error: any Error) { lock.withLock { self.error = error } }
    func get() -> (any Error)? { lock.withLock { error } }
}
