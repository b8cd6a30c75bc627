import Foundation

/// Formats and parses the three AWS timestamp formats without `DateFormatter`.
package enum TimestampCoding {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Days since 1970-01-01 of a civil date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// The parts of `date` in UTC, with milliseconds.
    static func components(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int, millis: Int) {
        let totalMillis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = totalMillis >= 0 ? totalMillis / 1000 : (totalMillis - 999) / 1000
        let millis = totalMillis - seconds * 1000
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let civil = AMZDate.civil(fromDays: Int64(days))
        let (year, month, day) = (Int(civil.year), Int(civil.month), Int(civil.day))
        let weekday = ((days % 7) + 7) % 7
        return (year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, weekday, millis)
    }

    /// `2014-04-29T18:30:38Z`, with `.123` milliseconds when not zero.
    static func iso8601(_ date: Date) -> String {
        let c = components(date)
        var text = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))"
        if c.millis != 0 { text += "." + pad(c.millis, 3) }
        return text + "Z"
    }

    /// `Tue, 29 Apr 2014 18:30:38 GMT`.
    static func httpDate(_ date: Date) -> String {
        let c = components(date)
        return "\(weekdays[c.weekday]), \(pad(c.day, 2)) \(months[c.month - 1]) \(pad(c.year, 4)) "
            + "\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2)) GMT"
    }

    /// Epoch seconds as a JSON number: an integer when whole, else with milliseconds.
    static func epochValue(_ date: Date) -> JSONValue {
        let seconds = date.timeIntervalSince1970
        if seconds.rounded() == seconds, abs(seconds) < 1e15 { return .int(Int64(seconds)) }
        return .double((seconds * 1000).rounded() / 1000)
    }

    /// Epoch seconds as text.
    static func epochString(_ date: Date) -> String {
        switch epochValue(date) {
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        default: return ""
        }
    }

    /// The date in `format`, as a JSON value for a body.
    static func value(_ date: Date, _ format: AWSMember.TimestampFormat) -> JSONValue {
        switch format {
        case .unixTimestamp: epochValue(date)
        case .iso8601: .string(iso8601(date))
        case .rfc822: .string(httpDate(date))
        }
    }

    /// The date in `format`, as header or query text.
    package static func text(_ date: Date, _ format: AWSMember.TimestampFormat) -> String {
        switch format {
        case .unixTimestamp: epochString(date)
        case .iso8601: iso8601(date)
        case .rfc822: httpDate(date)
        }
    }

    /// Parses any of the three formats.
    package static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return Date(timeIntervalSince1970: seconds) }
        return parseISO8601(trimmed) ?? parseHTTPDate(trimmed)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`.
    static func parseISO8601(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 19, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 116,
            bytes[13] == 58, bytes[16] == 58,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            var scale = 0.1
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        if index < bytes.count {
            switch bytes[index] {
            case 90, 122:
                index += 1
            case 43, 45:
                guard let hours = number(index + 1, 2), index + 3 < bytes.count, bytes[index + 3] == 58,
                    let minutes = number(index + 4, 2)
                else { return nil }
                offset = (hours * 3600 + minutes * 60) * (bytes[index] == 45 ? -1 : 1)
                index += 6
            default:
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        let seconds = days(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Parses `Tue, 29 Apr 2014 18:30:38 GMT`.
    static func parseHTTPDate(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 5 || parts.count == 6, let day = Int(parts[1]),
            let month = months.firstIndex(of: String(parts[2])).map({ $0 + 1 }), let year = Int(parts[3])
        else { return nil }
        let time = parts[4].split(separator: ":")
        guard time.count == 3, let hour = Int(time[0]), let minute = Int(time[1]) else { return nil }
        guard let second = Double(time[2]) else { return nil }
        let base = days(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60
        return Date(timeIntervalSince1970: Double(base) + second)
    }
}
