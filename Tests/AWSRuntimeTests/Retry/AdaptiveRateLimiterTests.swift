import AWSRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AWSRuntime

/// The adaptive mode's token bucket, CUBIC and rate limiter against what botocore's own classes compute on the same
/// scripts (`Resources/adaptive-retry/botocore-adaptive.json`, written by `record.py` there).
@Suite struct AdaptiveRateLimiterTests {
    static let fixture: JSONValue = {
        do {
            return try JSONValue.parse(try TestResources.text("adaptive-retry/botocore-adaptive.json"))
        } catch {
            return .null
        }
    }()

    static func steps(_ name: String) throws -> [JSONValue] {
        try #require(fixture[name]?["steps"]?.arrayValue)
    }

    /// The number `key` of `step`.
    static func number(_ step: JSONValue, _ key: String) throws -> Double {
        try #require(step[key]?.doubleValue, "no number '\(key)' in \(step)")
    }

    /// Whether `actual` is `expected` up to rounding.
    static func close(_ actual: Double, _ expected: Double) -> Bool {
        abs(actual - expected) <= 1e-9 * max(1, abs(expected))
    }

    @Test func cubicMatchesBotocore() throws {
        var cubic = CubicCalculator(startingMaxRate: 10, startTime: 5)
        let steps = try Self.steps("cubic")
        #expect(steps.count == 9)
        for step in steps {
            let time = try Self.number(step, "time")
            let rate = step["kind"]?.stringValue == "error"
                ? cubic.errorReceived(currentRate: try Self.number(step, "currentRate"), timestamp: time)
                : cubic.successReceived(time)
            #expect(Self.close(rate, try Self.number(step, "rate")), "rate at \(time)")
            #expect(Self.close(cubic.wMax, try Self.number(step, "wMax")))
            #expect(Self.close(cubic.k, try Self.number(step, "k")))
            #expect(Self.close(cubic.lastFail, try Self.number(step, "lastFail")))
        }
    }

    @Test func theTokenBucketMatchesBotocore() throws {
        var bucket = TokenBucket(maxRate: 2, now: 100)
        let steps = try Self.steps("bucket")
        #expect(steps.count == 13)
        for step in steps {
            let time = try Self.number(step, "time")
            if step["kind"]?.stringValue == "rate" {
                bucket.setMaxRate(try Self.number(step, "rate"), now: time)
            } else {
                #expect(Self.close(bucket.acquire(now: time), try Self.number(step, "wait")), "wait at \(time)")
            }
            #expect(Self.close(bucket.capacity, try Self.number(step, "capacity")), "capacity at \(time)")
            #expect(Self.close(bucket.fillRate, try Self.number(step, "fillRate")))
            #expect(Self.close(bucket.maxCapacity, try Self.number(step, "maxCapacity")))
        }
    }

    @Test func theLimiterMatchesBotocoreOverASeededScript() throws {
        let clock = SettableSeconds(try #require(Self.fixture["limiter"]?["startTime"]?.doubleValue))
        let limiter = AdaptiveRateLimiter(clock: { clock.now })
        let steps = try Self.steps("limiter")
        #expect(steps.count == 200)
        #expect(steps.contains { $0["throttled"]?.boolValue == true })
        for step in steps {
            clock.now = try Self.number(step, "time")
            limiter.record(throttled: try #require(step["throttled"]?.boolValue as Bool?))
            let state = limiter.state
            #expect(state.enabled == step["enabled"]?.boolValue, "enabled at \(clock.now)")
            #expect(Self.close(state.fillRate, try Self.number(step, "fillRate")), "fill rate at \(clock.now)")
            #expect(Self.close(state.capacity, try Self.number(step, "capacity")), "capacity at \(clock.now)")
            #expect(Self.close(state.measuredRate, try Self.number(step, "measuredRate")), "measured rate at \(clock.now)")
        }
    }

    @Test func theLimiterWaitsForATokenOnceThrottled() async throws {
        let clock = SettableSeconds(0)
        let limiter = AdaptiveRateLimiter(clock: { clock.now })
        try await limiter.acquire()
        #expect(!limiter.state.enabled)
        clock.now = 0.6
        limiter.record(throttled: true)
        #expect(limiter.state.enabled)
        // The bucket is empty at the minimum rate of 0.5 tokens per second: the next send waits about 2 s.
        let finished = SettableSeconds(0)
        let waiting = Task {
            try await limiter.acquire()
            finished.now = 1
        }
        try await Task.sleep(for: .milliseconds(300))
        #expect(finished.now == 0)
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        clock.now = 10
        try await limiter.acquire()
    }

    @Test func anAdaptiveClientTurnsItsLimiterOnAfterThrottling() async throws {
        let transport = AWSStubTransport(status: 429, body: #"{"__type": "ThrottlingException"}"#)
        var configuration = AWSClientConfiguration.hygieneTest(transport)
        configuration.retry.mode = .adaptive
        configuration.retry.maxAttempts = 1
        let client = try TestService.client(configuration)
        #expect(client.rateLimiter?.state.enabled == false)
        await #expect(throws: AWSUnknownServiceError.self) { try await TestService.call(client) }
        #expect(client.rateLimiter?.state.enabled == true)
        #expect(transport.requests.first?.headers["User-Agent"]?.contains("cfg/retry-mode#adaptive") == true)
        configuration.retry.mode = .standard
        #expect(try TestService.client(configuration).rateLimiter == nil)
    }
}

/// A clock in seconds that a test sets.
final class SettableSeconds: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Double

    init(_ value: Double) { self.value = value }

    var now: Double {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
