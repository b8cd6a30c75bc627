import Foundation

/// A signing time in the two forms SigV4 needs: `YYYYMMDD'T'HHMMSS'Z'` and `YYYYMMDD`, in UTC.
///
/// Formatted by hand from the epoch seconds, without a date formatter, because it is on the signing hot path.
struct AMZDate: Sendable, Equatable {
    /// The full timestamp, such as `20150830T123600Z`.
    let timestamp: String
    /// The date part, such as `20150830`.
    let day: String

    /// Formats `date`, dropping fractional seconds.
    init(_ date: Date) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = Self.floorDivide(seconds, 86_400)
        let (year, month, day) = Self.civil(fromDays: days)
        self.day = Self.format(year, month, day, time: nil)
        timestamp = Self.format(year, month, day, time: (secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60))
    }

    /// `YYYYMMDD`, followed by `'T'HHMMSS'Z'` when `time` is given, written straight into the string's storage.
    private static func format(_ year: Int64, _ month: Int64, _ day: Int64,
                               time: (hour: Int64, minute: Int64, second: Int64)?) -> String {
        String(unsafeUninitializedCapacity: time == nil ? 8 : 16) { buffer in
            var position = 0
            /// Writes the magnitude of `value` as exactly `count` decimal digits (zero-padded; higher digits are dropped).
            func write(_ value: Int64, count: Int) {
                var remaining = value.magnitude
                for index in (position..<position + count).reversed() {
                    buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
                    remaining /= 10
                }
                position += count
            }
            write(year, count: 4)
            write(month, count: 2)
            write(day, count: 2)
            if let time {
                buffer[position] = UInt8(ascii: "T")
                position += 1
                write(time.hour, count: 2)
                write(time.minute, count: 2)
                write(time.second, count: 2)
                buffer[position] = UInt8(ascii: "Z")
                position += 1
            }
            return position
        }
    }

    /// Division rounding towards negative infinity, with a non-negative remainder.
    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = value / divisor - (value % divisor < 0 ? 1 : 0)
        return (quotient, value - quotient * divisor)
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097).quotient
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
