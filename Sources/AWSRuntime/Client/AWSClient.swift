import Foundation
import Logging

/// Runs the operations of one service: validates and encodes the input, resolves credentials, signs each
/// attempt with SigV4 (at the service's time, once a response has shown the local clock is off), adds the
/// `User-Agent` and `amz-sdk-*` headers, sends it through the transport, retries what may be retried (with the
/// adaptive mode's rate limiter in `adaptive` mode), and decodes the output or the error. Generated clients hold one
/// and call `execute`.
public final class AWSClient: Sendable {
    /// The service this client talks to.
    @_spi(Generated) public let service: AWSServiceDescriptor
    /// The configuration.
    public let configuration: AWSClientConfiguration
    /// The resolved region.
    public let region: String
    /// The endpoint of the operations that give the endpoint rules no parameters of their own, resolved when the
    /// client was made; nil when the rules need an operation's parameters to resolve at all. Operations that give
    /// parameters (such as S3's bucket) resolve theirs per request.
    public let endpoint: AWSEndpoint?
    let endpoints: EndpointResolver
    let transport: any AWSTransport
    let credentials: any AWSCredentialProvider
    let signers: SignerCache
    /// The checksum policies, read on first use.
    let checksums: AWSChecksumSettingsCache
    private let quota: RetryQuota
    private let retrySettings: RetrySettings
    let userAgent: UserAgent
    let clockSkew: ClockSkew
    /// The adaptive mode's rate limiter; nil in the other modes.
    let rateLimiter: AdaptiveRateLimiter?
    /// The endpoint discovered for operations that require discovery; nil when the service has no endpoint operation
    /// or an endpoint URL is configured.
    let discovery: EndpointDiscovery?

    /// Resolves the region, the endpoint, the transport and the credential chain; throws
    /// `AWSConfigurationError` when there is no region or no valid endpoint.
    @_spi(Generated) public init(service: AWSServiceDescriptor, configuration: AWSClientConfiguration) throws {
        self.service = service
        self.configuration = configuration
        // One reading of the shared config serves the region, endpoint, retry, User-Agent and checksum settings.
        let settings = ConfigSettings(profile: configuration.profile, environment: configuration.environment)
        region = try AWSRegionResolver(profile: configuration.profile, environment: configuration.environment)
            .requiredRegion(explicit: configuration.region, sharedConfig: settings.sharedConfig)
        endpoints = try EndpointResolver(service: service, configuration: configuration, region: region, settings: settings)
        endpoint = endpoints.defaultTarget?.endpoint
        let transport = configuration.transport ?? AWSDefaultTransport.shared
        self.transport = transport
        credentials = configuration.credentials
            ?? CredentialProviderChain.default(
                profile: configuration.profile, environment: configuration.environment, transport: transport,
                logger: configuration.logger)
        signers = SignerCache(endpoints.defaultTarget?.auth ?? endpoints.defaultAuth)
        quota = RetryQuota(capacity: configuration.retry.quotaCapacity)
        retrySettings = try RetrySettings(configuration.retry, settings: settings)
        userAgent = UserAgent(
            retryMode: retrySettings.mode, appID: try UserAgent.appID(explicit: configuration.appID, settings: settings),
            environment: configuration.environment)
        clockSkew = ClockSkew()
        rateLimiter = retrySettings.mode == .adaptive ? AdaptiveRateLimiter() : nil
        discovery = service.endpointOperation != nil && !endpoints.hasConfiguredURL ? EndpointDiscovery() : nil
        checksums = AWSChecksumSettingsCache(configuration, settings: settings)
    }

    /// Runs `operation` with `input` and decodes an `Output`.
    @_spi(Generated) public func execute<Input: AWSEncodableShape, Output: AWSDecodableShape>(
        _ operation: AWSOperation, _ input: Input, output: Output.Type = Output.self
    ) async throws -> Output {
        var operation = operation
        operation.decodesURLEncodedKeys = S3URLEncodedListing.applies(service, operation, input)
        // Rules that route by account need the credentials before the request can be built.
        var fetched = endpoints.needsAccountId && operation.isSigned ? try await credentials.credentials() : nil
        var (request, auth) = try prepareRequest(operation, input, accountId: fetched?.accountId)
        var signer = signers.signer(for: auth)
        var bodyPlan = try await planBody(&request, operation: operation, signer: signer)
        let clock = ContinuousClock()
        let deadline = configuration.callTimeout.map { clock.now + $0 }
        var logger = configuration.logger
        logger[metadataKey: "aws-operation"] = "\(service.serviceID).\(operation.name)"
        // What the last retry took from the quota, which a success returns (botocore's `retry_quota_capacity`).
        var lastRetryCost = 0
        var attempt = 0
        var headers = AttemptHeaders(
            userAgent: userAgent, maxAttempts: retrySettings.maxAttempts, attemptTimeout: configuration.attemptTimeout)
        var skewCorrected = false
        var redirected = false
        while true {
            attempt += 1
            var signed = request
            signed.timeout = try attemptTimeout(until: deadline, clock: clock, operation: operation, attempts: attempt - 1)
            try await rateLimiter?.acquire()
            if operation.requiresEndpointDiscovery, let discovery {
                signed.use(try await discoveredEndpoint(discovery, timeout: signed.timeout))
            }
            var attemptCredentials: AWSCredentials?
            let signingDate = clockSkew.now()
            if operation.isSigned {
                if let credentials = fetched {
                    attemptCredentials = credentials
                    fetched = nil
                } else {
                    attemptCredentials = try await credentials.credentials()
                }
                try signer.sign(&signed, credentials: attemptCredentials!, date: signingDate)
            }
            try encodeBody(&signed, plan: bodyPlan, signer: signer, credentials: attemptCredentials, date: signingDate, operation: operation)
            headers.apply(to: &signed, attempt: attempt)
            logger.debug("sending attempt \(attempt)", metadata: ["method": "\(signed.method)", "path": "\(signed.path)"])
            let error: any Error
            do {
                let (output, status) = try await exchange(operation, signed, as: Output.self)
                logger.trace("received a response", metadata: ["status": "\(status)"])
                ResponseStatusRecorder.current?.record(status)
                rateLimiter?.record(throttled: false)
                quota.release(lastRetryCost)
                return output
            } catch let failure as AWSTransportError where failure.kind == .timeout && deadline.map({ clock.now >= $0 }) == true {
                throw AWSTimeoutError(operation: operation.name, limit: configuration.callTimeout!, attempts: attempt)
            } catch let caught {
                error = caught
            }
            let reason = RetryClassifier.reason(error)
            rateLimiter?.record(throttled: reason == .throttling)
            headers.record(responseHeaders: (error as? any AWSServiceError)?.context.headers)
            // A body read once that has begun to be sent cannot be sent again.
            if let body = request.bodyStream, !body.isReplayable { throw error }
            // A request signed at a time the service rejects is signed again at the service's time, once, at once.
            if !skewCorrected, clockSkew.correct(after: error) {
                skewCorrected = true
                logger.debug("correcting the clock", metadata: ["offset": "\(clockSkew.seconds)", "error": "\(Self.summary(error))"])
                if attempt < retrySettings.maxAttempts { continue }
            }
            // An S3 bucket in another region is asked again there, once, at once; so are its later requests.
            if !redirected, let region = S3RegionRedirect.region(after: error, operation: operation),
                let bucket = endpoints.redirectableBucket(operation, input)
            {
                redirected = true
                endpoints.remember(bucket: bucket, region: region)
                logger.debug("sending again to the bucket's region", metadata: ["region": "\(region)", "error": "\(Self.summary(error))"])
                let accountId = endpoints.needsAccountId ? try await credentials.credentials().accountId : nil
                (request, auth) = try prepareRequest(operation, input, accountId: accountId)
                signer = signers.signer(for: auth)
                bodyPlan = try await planBody(&request, operation: operation, signer: signer)
                continue
            }
            // A discovered endpoint the service no longer takes is discovered again for the next attempt, at once.
            if operation.requiresEndpointDiscovery, let discovery, EndpointDiscovery.isInvalidEndpoint(error) {
                discovery.invalidate()
                if attempt < retrySettings.maxAttempts { continue }
            }
            guard attempt < retrySettings.maxAttempts, let reason, let cost = quota.acquire(for: reason)
            else { throw error }
            lastRetryCost = cost
            let delay = RetryClassifier.retryAfter(error).map { min($0, configuration.retry.maxBackoff) }
                ?? configuration.retry.backoff(retry: attempt, random: Double.random(in: 0...1))
            if let deadline, clock.now + delay >= deadline {
                throw AWSTimeoutError(operation: operation.name, limit: configuration.callTimeout!, attempts: attempt)
            }
            logger.debug("retrying", metadata: ["attempt": "\(attempt)", "reason": "\(reason)", "delay": "\(delay)", "error": "\(Self.summary(error))"])
            try await Task.sleep(for: delay)
        }
    }

    /// Sends one attempt and decodes its response; an output with an event stream is returned once the
    /// response head (and, for awsJson, the initial response) has arrived, and one with a streaming payload once the
    /// head has, its payload reading the rest of the body on demand (checking its checksum at the end).
    private func exchange<Output: AWSDecodableShape>(
        _ operation: AWSOperation, _ request: AWSHTTPRequest, as type: Output.Type
    ) async throws -> (Output, status: Int) {
        if Output.awsMembers.contains(where: { $0.location == .streamingPayload }) {
            let response = try await transport.stream(request)
            guard (200..<300).contains(response.status) else {
                return (try parseResponse(operation, try await response.collected(), as: type), response.status)
            }
            let body = operation.checksum?.validating(
                response.body, status: response.status, headers: response.headers, of: request, operation: operation.name)
                ?? response.body
            let head = AWSHTTPResponse(status: response.status, headers: response.headers)
            let output = try StreamingPayload.$responseBody.withValue(body) { try parseResponse(operation, head, as: type) }
            return (output, response.status)
        }
        if Output.awsMembers.contains(where: { $0.location == .eventStream }) {
            let response = try await transport.stream(request)
            return (try await parseResponse(operation, response, as: type), response.status)
        }
        let response = try await transport.send(request)
        try operation.checksum?.validate(response, of: request, operation: operation.name)
        return (try parseResponse(operation, response, as: type), response.status)
    }

    /// The time left for an attempt: the attempt timeout, cut to what the call's deadline leaves.
    private func attemptTimeout(until deadline: ContinuousClock.Instant?, clock: ContinuousClock,
                                operation: AWSOperation, attempts: Int) throws -> Duration? {
        guard let deadline else { return configuration.attemptTimeout }
        let left = deadline - clock.now
        guard left > .zero else {
            throw AWSTimeoutError(operation: operation.name, limit: configuration.callTimeout!, attempts: attempts)
        }
        return configuration.attemptTimeout.map { min($0, left) } ?? left
    }

    /// A short, secret-free summary of an error for logs.
    private static func summary(_ error: any Error) -> String {
        if let service = error as? any AWSServiceError { return "\(service.context.code) (HTTP \(service.context.status))" }
        if let transport = error as? AWSTransportError { return "transport \(transport.kind)" }
        return String(describing: type(of: error))
    }

    /// The request `execute` would send for `input`, before signing, for credentials of `accountId` (which
    /// services that route by account use).
    @_spi(Generated) public func buildRequest<Input: AWSEncodableShape>(
        _ operation: AWSOperation, _ input: Input, accountId: String? = nil
    ) throws -> AWSHTTPRequest {
        try prepareRequest(operation, input, accountId: accountId).request
    }

    /// The unsigned request and how to sign it: the input is validated, its endpoint resolved, and the request
    /// encoded with the endpoint's headers.
    func prepareRequest<Input: AWSEncodableShape>(
        _ operation: AWSOperation, _ input: Input, accountId: String?, presigning: Bool = false,
        endpointOverrides: EndpointParameters = [:]
    ) throws -> (request: AWSHTTPRequest, auth: EndpointAuthScheme) {
        do {
            try input.validate(.shape, path: { "" })
        } catch var error as AWSValidationError {
            error.path = String(describing: Input.self) + error.path
            throw error
        }
        let target = try endpoints.target(operation, input, accountId: accountId, overrides: endpointOverrides)
        let context = AWSRequestContext(service: service, endpoint: target.endpoint, tokenGenerator: configuration.idempotencyToken)
        var request: AWSHTTPRequest
        if Input.awsMembers.contains(where: { $0.location == .streamingPayload }) {
            // A streamed payload (a file or a sequence) is handed over beside the encoded input.
            let streamed = StreamingPayload.Collector()
            request = try StreamingPayload.$collector.withValue(streamed) {
                try service.protocol.serializer.request(input, operation, context)
            }
            request.bodyStream = streamed.body
        } else {
            request = try service.protocol.serializer.request(input, operation, context)
        }
        if service.serviceID == "S3" { S3CustomerKey.apply(to: &request.headers) }
        if operation.decodesURLEncodedKeys { request.query.append(.init(name: "encoding-type", value: "url")) }
        // The endpoint's headers replace those of the same name, as botocore updates them.
        for (name, values) in target.headers {
            request.headers.remove(name)
            for value in values { request.headers.add(name, value) }
        }
        // botocore gives presigned requests no checksum headers.
        if let checksum = operation.checksum, !presigning {
            try checksum.apply(to: &request, operation: operation.name, settings: checksums.settings())
        }
        return (request, target.auth)
    }

    /// The request for `input`, signed with `credentials` at `date` (unless the operation is not signed): what one
    /// attempt sends.
    @_spi(Generated) public func signedRequest<Input: AWSEncodableShape>(
        _ operation: AWSOperation, _ input: Input, credentials: AWSCredentials, date: Date
    ) throws -> AWSHTTPRequest {
        var (request, auth) = try prepareRequest(operation, input, accountId: credentials.accountId)
        if operation.isSigned { try signers.signer(for: auth).sign(&request, credentials: credentials, date: date) }
        return request
    }

    /// Decodes `response` as the output of `operation`, or throws the service error it holds.
    @_spi(Generated) public func parseResponse<Output: AWSDecodableShape>(
        _ operation: AWSOperation, _ response: AWSHTTPResponse, as output: Output.Type = Output.self
    ) throws -> Output {
        try ResponseParser(service: service).parse(operation, response, as: output)
    }

    /// Decodes a streaming `response` as the output of `operation`, whose events are read from the
    /// response's body as it arrives, or throws the service error it holds.
    @_spi(Generated) public func parseResponse<Output: AWSDecodableShape>(
        _ operation: AWSOperation, _ response: AWSStreamingResponse, as output: Output.Type = Output.self
    ) async throws -> Output {
        try await ResponseParser(service: service).parseStream(operation, response, as: output)
    }
}
