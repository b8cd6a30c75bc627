import Foundation

/// The constraints of one member from the model: length or count (`min`/`max` for strings, blobs,
/// lists and maps), value range (`min`/`max` for numbers), a pattern, and constraints on map keys and
/// on list or map elements. Any nested shape met is validated too.
public struct AWSConstraint: Sendable {
    let min: Double?
    let max: Double?
    let pattern: String?
    let key: [AWSConstraint]
    let element: [AWSConstraint]

    /// Creates a constraint.
    public init(min: Double? = nil, max: Double? = nil, pattern: String? = nil,
                key: AWSConstraint? = nil, element: AWSConstraint? = nil) {
        self.min = min
        self.max = max
        self.pattern = pattern
        self.key = key.map { [$0] } ?? []
        self.element = element.map { [$0] } ?? []
    }

    /// Validate the nested shape and nothing else.
    public static let shape = AWSConstraint()
}

/// Checks values against constraints; generated `validate(path:)` methods call it.
public enum AWSValidation {
    /// Checks `value` (nil passes) against `constraint`; `path` and `member` name it in the error.
    public static func check<T>(_ value: T?, _ constraint: AWSConstraint, _ path: String, _ member: String) throws {
        guard let value else { return }
        try check(value as Any, constraint, { path + "." + member })
    }

    private static func check(_ value: Any, _ constraint: AWSConstraint, _ path: () -> String) throws {
        func fail(_ reason: String) -> AWSValidationError { AWSValidationError(path: path(), reason: reason) }
        func checkSize(_ size: Int, _ noun: String) throws {
            if let min = constraint.min, Double(size) < min { throw fail("\(noun) \(size) is below the minimum \(Int(min))") }
            if let max = constraint.max, Double(size) > max { throw fail("\(noun) \(size) is above the maximum \(Int(max))") }
        }
        func checkRange(_ number: Double, _ text: String) throws {
            if let min = constraint.min, number < min { throw fail("value \(text) is below the minimum \(format(min))") }
            if let max = constraint.max, number > max { throw fail("value \(text) is above the maximum \(format(max))") }
        }
        switch value {
        case let string as String:
            try checkSize(string.unicodeScalars.count, "length")
            if let pattern = constraint.pattern, let regex = PatternCache.shared.regex(pattern),
                regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) == nil
            {
                throw fail("value \(String(reflecting: string)) does not match the pattern \(pattern)")
            }
        case let data as Data:
            try checkSize(data.count, "length")
        case let int as Int:
            try checkRange(Double(int), String(int))
        case let int as Int64:
            try checkRange(Double(int), String(int))
        case let double as Double:
            try checkRange(double, String(double))
        case let float as Float:
            try checkRange(Double(float), String(float))
        case let shape as any AWSShape:
            try shape.validate(path: path())
        case let array as [Any]:
            try checkSize(array.count, "count")
            for (index, element) in array.enumerated() {
                for elementConstraint in constraint.element {
                    try check(element, elementConstraint, { path() + "[\(index)]" })
                }
            }
        case let map as [String: Any]:
            try checkSize(map.count, "count")
            for (key, element) in map.sorted(by: { $0.key < $1.key }) {
                for keyConstraint in constraint.key {
                    try check(key, keyConstraint, { path() + " key \(String(reflecting: key))" })
                }
                for elementConstraint in constraint.element {
                    try check(element, elementConstraint, { path() + "[\(String(reflecting: key))]" })
                }
            }
        default:
            break
        }
    }

    private static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}

/// Compiled patterns, shared by all validations. A pattern that does not compile is not checked.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression?] = [:]

    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[pattern] { return cached }
        let regex = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = regex
        return regex
    }
}
