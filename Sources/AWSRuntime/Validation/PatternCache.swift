import Foundation

/// Compiled patterns and recent results, shared by all validations. A pattern that does not compile is
/// not checked.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()
    /// Results kept per pattern before the oldest are dropped.
    private static let resultLimit = 256

    private struct Entry {
        let regex: NSRegularExpression?
        var results: [String: Bool] = [:]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// Whether `value` matches `pattern` (searching, as the model's patterns are not anchored implicitly).
    func matches(_ value: String, _ pattern: String) -> Bool {
        let (regex, cached): (NSRegularExpression?, Bool?) = lock.withLock {
            if entries[pattern] == nil { entries[pattern] = Entry(regex: try? NSRegularExpression(pattern: pattern)) }
            return (entries[pattern]!.regex, entries[pattern]!.results[value])
        }
        if let cached { return cached }
        guard let regex else { return true }
        let result = regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
        lock.withLock {
            if entries[pattern]!.results.count >= Self.resultLimit { entries[pattern]!.results.removeAll(keepingCapacity: true) }
            entries[pattern]!.results[value] = result
        }
        return result
    }
}
