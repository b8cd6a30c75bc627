@testable import AWSRuntime
import Testing

/// The delays between a waiter's attempts: exponential from the least delay to the greatest, with jitter,
/// cut to leave time for a last attempt.
@Suite struct WaiterDelayTests {
    let waiter = AWSWaiter(name: "W", minDelay: .seconds(2), maxDelay: .seconds(20), acceptors: [])
    let plenty = Duration.seconds(3600)

    @Test func withoutJitterTheDelayDoublesUpToTheMaximum() {
        let delays = (1...6).map { waiter.delay(after: $0, remaining: plenty, random: 1) }
        #expect(delays == [.seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(20), .seconds(20)])
    }

    @Test func jitterStaysBetweenTheLeastDelayAndTheExponentialOne() {
        #expect(waiter.delay(after: 4, remaining: plenty, random: 0) == .seconds(2))
        #expect(waiter.delay(after: 4, remaining: plenty, random: 0.5) == .seconds(9))
        #expect(waiter.delay(after: 1, remaining: plenty, random: 0.7) == .seconds(2))
    }

    @Test func theLastDelayLeavesTheLeastDelayBeforeTheDeadline() {
        #expect(waiter.delay(after: 5, remaining: .seconds(10), random: 1) == .seconds(8))
        #expect(waiter.delay(after: 1, remaining: .seconds(3), random: 1) == .seconds(1))
    }

    @Test func itStopsWhenLessThanTheLeastDelayIsLeft() {
        #expect(waiter.delay(after: 1, remaining: .seconds(2), random: 1) == nil)
        #expect(waiter.delay(after: 1, remaining: .seconds(-1), random: 1) == nil)
    }

    @Test func aMaximumBelowTheMinimumMeansTheMinimum() {
        let slow = AWSWaiter(name: "W", minDelay: .seconds(30), maxDelay: .seconds(10), acceptors: [])
        #expect(slow.delay(after: 3, remaining: plenty, random: 1) == .seconds(30))
    }

    @Test func theDefaultMaximumIsTwoMinutes() {
        let waiter = AWSWaiter(name: "W", minDelay: .seconds(15), acceptors: [])
        #expect(waiter.maxDelay == .seconds(120))
        #expect(waiter.delay(after: 10, remaining: plenty, random: 1) == .seconds(120))
    }
}
