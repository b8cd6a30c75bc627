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
        var digits = [UInt8]()
        digits.reserveCapacity(16)
        Self.appendDigits(year, count: 4, to: &digits)
        Self.appendDigits(month, count: 2, to: &digits)
        Self.appendDigits(day, count: 2, to: &digits)
        self.day = String(decoding: digits, as: UTF8.self)
        digits.append(UInt8(ascii: "T"))
        Self.appendDigits(secondOfDay / 3600, count: 2, to: &digits)
        Self.appendDigits(secondOfDay / 60 % 60, count: 2, to: &digits)
        Self.appendDigits(secondOfDay % 60, count: 2, to: &digits)
        digits.append(UInt8(ascii: "Z"))
        timestamp = String(decoding: digits, as: UTF8.self)
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

    /// Appends the magnitude of `value` as exactly `count` decimal digits (zero-padded; higher digits are dropped).
    private static func appendDigits(_ value: Int64, count: Int, to output: inout [UInt8]) {
        var divisor: UInt64 = 1
        for _ in 1..<count {
            divisor *= 10
        }
        var remaining = value.magnitude
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(remaining / divisor % 10))
            remaining %= divisor
            divisor /= 10
        }
    }
}
