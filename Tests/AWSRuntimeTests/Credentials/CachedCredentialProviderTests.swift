import Foundation
import Testing

import AWSRuntime

@Suite struct CredentialsCachedProviderTests {
    /// Counts its calls and returns credentials that expire `lifetime` seconds after the clock's now.
    actor CountingProvider: AWSCredentialProvider {
        nonisolated let name = "counting"
        let clock: TestClock
        let lifetime: TimeInterval?
        let delay: Duration
        private(set) var calls = 0

        init(clock: TestClock, lifetime: TimeInterval?, delay: Duration = .zero) {
            self.clock = clock
            self.lifetime = lifetime
            self.delay = delay
        }

        func credentials() async throws -> AWSCredentials {
            calls += 1
            let call = calls
            if delay > .zero {
                try await Task.sleep(for: delay)
            }
            return AWSCredentials(
                accessKeyId: "AKID\(call)", secretAccessKey: "secret", expiration: lifetime.map { clock.now + $0 })
        }
    }

    @Test func refreshesWithinFiveMinutesOfExpiration() async throws {
        let clock = TestClock()
        let base = CountingProvider(clock: clock, lifetime: 3600)
        let cached = CachedCredentialProvider(base, now: { clock.now })
        #expect(try await cached.credentials().accessKeyId == "AKID1")

        clock.advance(by: 3600 - 301)
        #expect(try await cached.credentials().accessKeyId == "AKID1")

        clock.advance(by: 2)
        #expect(try await cached.credentials().accessKeyId == "AKID2")
        #expect(await base.calls == 2)
        #expect(cached.name == "cached(counting)")
    }

    @Test func keepsCredentialsWithoutExpiration() async throws {
        let clock = TestClock()
        let base = CountingProvider(clock: clock, lifetime: nil)
        let cached = CachedCredentialProvider(base, now: { clock.now })
        _ = try await cached.credentials()
        clock.advance(by: 86_400 * 365)
        #expect(try await cached.credentials().accessKeyId == "AKID1")
        #expect(await base.calls == 1)
    }

    @Test func concurrentCallersShareOneRefresh() async throws {
        let clock = TestClock()
        let base = CountingProvider(clock: clock, lifetime: 3600, delay: .milliseconds(50))
        let cached = CachedCredentialProvider(base, now: { clock.now })
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 {
                group.addTask { try await cached.credentials().accessKeyId }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(keys == ["AKID1"])
        #expect(await base.calls == 1)
    }

    @Test func failedRefreshIsRetriedByTheNextCall() async throws {
        let cached = CachedCredentialProvider(EnvironmentCredentialProvider(environment: [:]))
        await #expect(throws: AWSCredentialsError.self) { try await cached.credentials() }
        await #expect(throws: AWSCredentialsError.self) { try await cached.credentials() }
    }
}
