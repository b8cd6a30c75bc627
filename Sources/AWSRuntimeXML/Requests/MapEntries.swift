/// The entries of a map being encoded, held back until the map is complete so that they are written in key
/// order: `Dictionary.encode(to:)` gives them in hash order, and a query entry's index is its position.
struct MapEntries<Write> {
    private var entries: [(key: String, write: Write)] = []

    /// Holds back the entry `key`, whose value `write` writes.
    mutating func add(_ key: String, _ write: Write) {
        entries.append((key, write))
    }

    /// The entries in key order (by UTF-8 bytes, as JSON bodies sort them).
    func sorted() -> [(key: String, write: Write)] {
        entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
