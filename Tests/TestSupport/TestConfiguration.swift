import AWSRuntime

extension AWSClientConfiguration {
    /// Credentials that tests sign with.
    public static let testCredentials = AWSCredentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")

    /// A configuration for tests: fixed credentials, an empty environment, the given transport, and
    /// retries that wait a millisecond.
    public static func test(
        _ transport: any AWSTransport,
        region: String = "us-east-1",
        idempotencyToken: @escaping @Sendable () -> String = { "00000000-0000-4000-8000-000000000000" }
    ) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: region,
            credentials: StaticCredentialProvider(testCredentials),
            transport: transport,
            retry: AWSRetryConfiguration(baseDelay: .milliseconds(1)),
            idempotencyToken: idempotencyToken,
            environment: [:])
    }
}
