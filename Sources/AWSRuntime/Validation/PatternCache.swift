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
    /// The pattern looked up last and its entry: generated code passes each pattern as the same literal, so
    /// comparing with it is much cheaper than hashing the pattern again.
    private var last: (pattern: String, entry: Entry)?

    /// Whether `value` matches `pattern` (searching, as the model's patterns are not anchored implicitly).
    ///
    /// A cached result costs a lookup of the value, and one of the pattern when it is not the last one, under
    /// the lock.
    func matches(_ value: String, _ pattern: String) -> Bool {
        let (entry, cached): (Entry, Bool?) = lock.withLock {
            let entry = lookUp(pattern)
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

    /// The entry of `pattern`, made when there is none; call with the lock held.
    private func lookUp(_ pattern: String) -> Entry {
        if let last, last.pattern == pattern {
            return last.entry
        }
        let entry = entries[pattern] ?? {
            let entry = Entry(regex: try? NSRegularExpression(pattern: pattern))
            entries[pattern] = entry
            return entry
        }()
        last = (pattern, entry)
        return entry
    }
}
