import Foundation

/// Caches the credentials of another provider until they come within a refresh window of expiring.
///
/// Credentials without an expiration are kept for good. Concurrent callers that find no fresh credentials
/// share one call to the underlying provider.
public actor CachedCredentialProvider: AWSCredentialProvider {
    /// The wrapped provider.
    public let base: any AWSCredentialProvider
    /// How long before expiration credentials are refreshed.
    public let refreshWindow: TimeInterval
    /// `cached(<base name>)`.
    public nonisolated let name: String

    private let now: @Sendable () -> Date
    private var cached: AWSCredentials?
    private var refresh: Task<AWSCredentials, any Error>?

    /// Wraps `base`, refreshing `refreshWindow` seconds (5 minutes by default) before expiration as told by
    /// `now` (the system clock by default).
    public init(
        _ base: any AWSCredentialProvider, refreshWindow: TimeInterval = 300,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.base = base
        self.refreshWindow = refreshWindow
        self.now = now
        name = "cached(\(base.name))"
    }

    /// The cached credentials while fresh, else new ones from the wrapped provider.
    public func credentials() async throws -> AWSCredentials {
        if let cached, isFresh(cached) {
            return cached
        }
        if let refresh {
            return try await refresh.value
        }
        let base = self.base
        let task = Task { try await base.credentials() }
        refresh = task
        defer { refresh = nil }
        let credentials = try await task.value
        cached = credentials
        return credentials
    }

    private func isFresh(_ credentials: AWSCredentials) -> Bool {
        guard let expiration = credentials.expiration else { return true }
        return expiration.timeIntervalSince(now()) > refreshWindow
    }
}
