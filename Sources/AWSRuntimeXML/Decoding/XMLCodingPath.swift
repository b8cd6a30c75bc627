/// Where a value sits in the document being decoded, as a list from the value up to the root: made only for
/// the values that open a container, and turned into a `[CodingKey]` only for an error or a `codingPath`.
final class XMLCodingPath {
    let parent: XMLCodingPath?
    let key: any CodingKey

    init(_ parent: XMLCodingPath?, _ key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    /// The keys from the root down to `path`, then `last` when given.
    static func keys(_ path: XMLCodingPath?, _ last: (any CodingKey)? = nil) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        if let last { keys.append(last) }
        var node = path
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// A coding key for the index of a list element.
struct XMLIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
