import Foundation
import Testing

@testable import AWSRuntime

@Suite struct SigV4AMZDateTests {
    @Test(arguments: [
        (0.0, "19700101T000000Z"),
        (1_440_938_160.75, "20150830T123600Z"),
        (951_782_400, "20000229T000000Z"),
        (4_102_444_799, "20991231T235959Z"),
        (-1, "19691231T235959Z"),
    ])
    func formatsUTCTimestamps(seconds: Double, expected: String) {
        let date = AMZDate(Date(timeIntervalSince1970: seconds))
        #expect(date.timestamp == expected)
        #expect(date.day == String(expected.prefix(8)))
    }

    /// The cache gives the kept time only within its second: a fraction later is the same, a second later or
    /// earlier is formatted again.
    @Test func theCacheKeepsOnlyTheSameSecond() {
        let cache = AMZDateCache()
        let base = 1_440_938_160.0
        #expect(cache.amzDate(for: Date(timeIntervalSince1970: base + 0.2)).timestamp == "20150830T123600Z")
        #expect(cache.amzDate(for: Date(timeIntervalSince1970: base + 0.9)).timestamp == "20150830T123600Z")
        #expect(cache.amzDate(for: Date(timeIntervalSince1970: base + 1)).timestamp == "20150830T123601Z")
        #expect(cache.amzDate(for: Date(timeIntervalSince1970: base - 0.5)).timestamp == "20150830T123559Z")
        #expect(cache.amzDate(for: Date(timeIntervalSince1970: base - 86_400)).day == "20150829")
    }

    /// Every 997th day from 1583-01-01 (Foundation turns Julian before the Gregorian reform) to 9999-12-31.
    @Test func matchesFoundationOverManyDays() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for day in stride(from: -141_349, through: 2_932_896, by: 997) {
            let date = Date(timeIntervalSince1970: Double(day) * 86_400 + 45_296)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let expected = String(format: "%04d%02d%02dT123456Z", parts.year!, parts.month!, parts.day!)
            #expect(AMZDate(date).timestamp == expected)
        }
    }
}
