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
        @exclusivity(unchecked) var results: [String: Bool] = [:]

        init(regex: NSRegularExpression?) {
            self.regex = regex
        }
    }

    /// Guards `entries`, `last` and every entry's `results`; they are exempt from dynamic exclusivity checks, as
    /// only a holder of the lock reaches them.
    private let lock = NSLock()
    /// The entries by pattern identity (see `identity(of:)`).
    @exclusivity(unchecked) private var entries: [UInt: Entry] = [:]
    /// The pattern looked up last and its entry: validating a list or map checks one pattern many times.
    @exclusivity(unchecked) private var last: (pattern: UInt, entry: Entry)?

    /// Whether `value` matches `pattern` (searching, as the model's patterns are not anchored implicitly).
    ///
    /// A cached result costs a lookup of the value, and one of the pattern when it is not the last one, under
    /// the lock.
    func matches(_ value: String, _ pattern: StaticString) -> Bool {
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
    private func lookUp(_ pattern: StaticString) -> Entry {
        let identity = Self.identity(of: pattern)
        if let last, last.pattern == identity {
            return last.entry
        }
        let entry = entries[identity] ?? {
            let entry = Entry(regex: try? NSRegularExpression(pattern: pattern.description))
            entries[identity] = entry
            return entry
        }()
        last = (identity, entry)
        return entry
    }

    /// A number that only this pattern has: the address of its text, which a literal keeps for the life of the
    /// program, or for a one-character literal (which has no address), its scalar with the top bit set.
    private static func identity(of pattern: StaticString) -> UInt {
        pattern.hasPointerRepresentation
            ? UInt(bitPattern: pattern.utf8Start) : UInt(pattern.unicodeScalar.value) | 1 << (UInt.bitWidth - 1)
    }
}
