import Foundation

/// Remembers the signing time one signer formatted last.
///
/// Formatting a time costs a string allocation and a calendar computation; requests signed within the same
/// second (all of a busy client's) share one. Fractional seconds do not count, as `AMZDate` drops them.
final class AMZDateCache: @unchecked Sendable {
    /// Guards `last`, which is exempt from dynamic exclusivity checks for that reason.
    private let lock = NSLock()
    @exclusivity(unchecked) private var last: (second: Double, date: AMZDate)?

    /// `date` formatted, or the formatted time of the same second when it is the one kept.
    func amzDate(for date: Date) -> AMZDate {
        let second = date.timeIntervalSince1970.rounded(.down)
        if let cached = lock.withLock({ last }), cached.second == second {
            return cached.date
        }
        let formatted = AMZDate(date)
        lock.withLock { last = (second, formatted) }
        return formatted
    }
}
