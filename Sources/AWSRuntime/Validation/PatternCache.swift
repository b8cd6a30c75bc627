import Foundation

/// Compiled patterns and recent results, shared by all validations. A pattern that does not compile is
/// not checked.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()
    /// Results kept per pattern before the oldest are dropped.
    private static let resultLimit = 256

    /// One pattern: its compiled form and the results of recent values.
    private final class Entry {
        let regex: NSRegularExpression?
        var results: [String: Bool] = [:]

        init(regex: NSRegularExpression?) {
            self.regex = regex
        }
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// Whether `value` matches `pattern` (searching, as the model's patterns are not anchored implicitly).
    ///
    /// A cached result costs one lookup of the pattern and one of the value, under the lock.
    func matches(_ value: String, _ pattern: String) -> Bool {
        let (entry, cached): (Entry, Bool?) = lock.withLock {
            let entry = entries[pattern] ?? {
                let entry = Entry(regex: try? NSRegularExpression(pattern: pattern))
                entries[pattern] = entry
                return entry
            }()
            return (entry, entry.results[value])
        }
        if let cached { return cached }
        guard let regex = entry.regex else { return true }
        let result = regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
        lock.withLock {
            if entry.results.count >= Self.resultLimit { entry.results.removeAll(keepingCapacity: true) }
            entry.results[value] = result
        }
        return result
    }
}
