import Foundation
import Logging

/// The process-wide source of every client's default credential provider, set once at startup in the style of
/// swift-log's `LoggingSystem.bootstrap`.
///
/// A client whose ``AWSClientConfiguration/credentials`` is nil asks
/// ``CredentialProviderChain/default(profile:environment:transport:logger:)`` for its provider, and that asks the
/// factory installed here; before any is installed it builds AWSRuntime's own chain. The `AWSIdentity` library
/// installs the chain with role profiles, web identity (IRSA) and IAM Identity Center through
/// `AWSIdentity.bootstrap()`:
///
/// ```swift
/// import AWSIdentity
///
/// AWSIdentity.bootstrap()  // once, before the first client is made
/// ```
///
/// The factory is installed at most once: a later ``bootstrap(_:)`` changes nothing and returns false, so that
/// a library cannot replace what the application chose. Reading and installing are thread-safe.
public enum AWSCredentialProviderFactory {
    /// What a factory builds a client's default provider from: the client configuration's profile,
    /// environment and transport.
    public struct Context: Sendable {
        /// The shared-config profile the client was configured with; nil reads `AWS_PROFILE`, else `default`.
        public var profile: String?
        /// The environment variables the client reads.
        public var environment: [String: String]
        /// The client's transport, for providers that call an endpoint (STS, SSO, the container and instance
        /// metadata endpoints).
        public var transport: any AWSTransport
        /// The client's logger, for the calls those providers make.
        public var logger: Logger

        /// Creates a context.
        public init(
            profile: String?, environment: [String: String], transport: any AWSTransport,
            logger: Logger = Logger(label: "AWSRuntime")
        ) {
            self.profile = profile
            self.environment = environment
            self.transport = transport
            self.logger = logger
        }
    }

    /// Builds a client's default provider. The default chain caches what it returns, so it need not cache.
    public typealias Factory = @Sendable (Context) -> any AWSCredentialProvider

    /// Installs `factory` as the source of every default provider made from now on, unless one is installed
    /// already. Returns whether `factory` was installed.
    @discardableResult
    public static func bootstrap(_ factory: @escaping Factory) -> Bool {
        storage.install(factory)
    }

    /// The factory in effect: the one ``withFactory(_:operation:)`` sets for the current task, else the installed
    /// one; nil when there is none, and the default chain is AWSRuntime's own.
    public static var installed: Factory? {
        if let scoped { return scoped.factory }
        return storage.factory
    }

    /// Runs `operation` with `factory` (nil: none) in effect for the current task and the tasks it creates,
    /// whatever is installed: for tests, which must not install a factory for the whole process.
    public static func withFactory<Result>(
        _ factory: Factory?, operation: () async throws -> Result
    ) async rethrows -> Result {
        try await $scoped.withValue(Scoped(factory: factory), operation: operation)
    }

    private struct Scoped: Sendable {
        let factory: Factory?
    }

    @TaskLocal private static var scoped: Scoped?

    private static let storage = Storage()

    /// A set-once factory slot, thread-safe.
    package final class Storage: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Factory?

        /// An empty slot.
        package init() {}

        /// The factory, once installed.
        package var factory: Factory? { lock.withLock { value } }

        /// Installs `factory` unless one is installed already; returns whether it did.
        package func install(_ factory: @escaping Factory) -> Bool {
            lock.withLock {
                guard value == nil else { return false }
                value = factory
                return true
            }
        }
    }
}
