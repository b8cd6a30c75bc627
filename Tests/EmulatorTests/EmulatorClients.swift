import AWSRuntime
import EmulatorS3
import Foundation
import TestSupport

/// Client configurations that reach the shared moto server, with moto's fixed credentials and region.
enum EmulatorClients {
    /// A configuration whose endpoint is moto's, as a user's environment would give it.
    static func configuration() async throws -> AWSClientConfiguration {
        let server = try await MotoServer.shared.value
        return AWSClientConfiguration(
            retry: AWSRetryConfiguration(maxAttempts: 1),
            environment: [
                "AWS_ACCESS_KEY_ID": "testing",
                "AWS_SECRET_ACCESS_KEY": "testing",
                "AWS_REGION": "us-east-1",
                "AWS_ENDPOINT_URL": server.url,
            ])
    }

    /// A name no other test (or earlier run against the same server) uses.
    static func unique(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}

extension EmulatorS3Client {
    /// GetObject's body, read to its end (where a checksum that does not match is thrown).
    func getObjectBody(_ input: GetObjectRequest) async throws -> [UInt8] {
        try await getObject(input).body?.collect(upTo: 1 << 30) ?? []
    }
}
