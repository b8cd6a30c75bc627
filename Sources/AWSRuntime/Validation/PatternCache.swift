import AWSJSON
import Foundation

/// Compiled patterns and recent results, shared by all validations. A pattern that does not compile is
/// not checked.
///
/// Built for the request path, where the same few patterns check the same few values again and again: a cached
/// result costs a lock, a scan of the patterns used last, one cheap hash of the value's bytes and one `memcmp`,
/// where a dictionary of results would hash each value with SipHash and each pattern again.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()
    /// How many patterns `recent` holds: enough for the patterns of one request's members, map keys and values.
    private static var recentLimit: Int { 8 }

    /// One pattern: its compiled form and the results of recent values.
    private final class Entry {
        /// The pattern's identity (see `identity(of:)`).
        let identity: UInt
        let regex: NSRegularExpression?
        /// Recent results, each in the slot its value's hash picks (`slot(of:)`); a new value takes the slot over.
        @exclusivity(unchecked) var results: [(value: String, matches: Bool)?]

        init(identity: UInt, regex: NSRegularExpression?) {
            self.identity = identity
            self.regex = regex
            self.results = regex == nil ? [] : Array(repeating: nil, count: PatternCache.slotCount)
        }
    }

    /// Results kept per pattern: the slots of `Entry.results`, as many as `slotBits` of a hash number.
    static var slotCount: Int { 1 << slotBits }
    private static var slotBits: Int { 8 }

    /// Guards `entries`, `recent` and every entry's `results`; they are exempt from dynamic exclusivity checks, as
    /// only a holder of the lock reaches them.
    private let lock = NSLock()
    /// The entries by pattern identity.
    @exclusivity(unchecked) private var entries: [UInt: Entry] = [:]
    /// The last `recentLimit` entries that a scan of this list did not find, newest first (a hit does not reorder
    /// it); a request checks a handful of patterns, often in turn (a map's key pattern and value pattern), so a
    /// short scan finds them without hashing.
    @exclusivity(unchecked) private var recent: [Entry] = []

    /// Whether `value` matches `pattern` (searching, as the model's patterns are not anchored implicitly).
    func matches(_ value: String, _ pattern: StaticString) -> Bool {
        value.withUTF8Bytes { bytes in
            let slot = Self.slot(of: bytes)
            let (entry, cached): (Entry, Bool?) = lock.withLock {
                let entry = lookUp(pattern)
                if entry.regex == nil { return (entry, true) }
                if let result = entry.results[slot], Self.equal(result.value, bytes) { return (entry, result.matches) }
                return (entry, nil)
            }
            if let cached { return cached }
            let result = entry.regex!.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
            lock.withLock { entry.results[slot] = (value, result) }
            return result
        }
    }

    /// The entry of `pattern`, made when there is none; call with the lock held.
    private func lookUp(_ pattern: StaticString) -> Entry {
        let identity = Self.identity(of: pattern)
        for index in recent.indices where recent[index].identity == identity {
            return recent[index]
        }
        let entry = entries[identity] ?? {
            let entry = Entry(identity: identity, regex: try? NSRegularExpression(pattern: pattern.description))
            entries[identity] = entry
            return entry
        }()
        if recent.count == Self.recentLimit { recent.removeLast() }
        recent.insert(entry, at: 0)
        return entry
    }

    /// A number that only this pattern has: the address of its text, which a literal keeps for the life of the
    /// program, or for a one-character literal (which has no address), its scalar with the top bit set.
    private static func identity(of pattern: StaticString) -> UInt {
        pattern.hasPointerRepresentation
            ? UInt(bitPattern: pattern.utf8Start) : UInt(pattern.unicodeScalar.value) | 1 << (UInt.bitWidth - 1)
    }

    /// The result slot of a value: a multiplicative hash of its bytes, eight at a time. Not SipHash: a value that
    /// collides on purpose only evicts another result from the cache.
    static func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return Int(truncatingIfNeeded: hash >> (64 - slotBits)) }
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            offset += 8
        }
        if offset < bytes.count {
            var word: UInt64 = 0
            for index in offset..<bytes.count {
                word = word << 8 | UInt64(base[index])
            }
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        }
        // The top bits: a multiplication carries every input bit into them.
        return Int(truncatingIfNeeded: hash >> (64 - slotBits))
    }

    /// Whether `value`'s UTF-8 bytes are `bytes`.
    private static func equal(_ value: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        value.withUTF8Bytes { stored in
            guard stored.count == bytes.count else { return false }
            guard let a = stored.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a, b, bytes.count) == 0
        }
    }
}
