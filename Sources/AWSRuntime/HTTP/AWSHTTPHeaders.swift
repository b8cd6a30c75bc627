/// An ordered list of HTTP header fields with case-insensitive lookup.
public struct AWSHTTPHeaders: Sendable, Equatable, Sequence {
    /// One header field.
    public struct Field: Sendable, Equatable {
        /// The field name, as given.
        public var name: String
        /// The field value.
        public var value: String

        /// Creates a field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in the order they were added.
    public private(set) var fields: [Field]

    /// Creates headers from name-value pairs.
    public init(_ pairs: [(String, String)] = []) {
        fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// The first value of the field named `name` (case-insensitive), or nil.
    public subscript(name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// All values of the field named `name` (case-insensitive).
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// Appends a field, keeping fields of the same name.
    public mutating func add(_ name: String, _ value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field named `name` with one field.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        fields.append(Field(name: name, value: value))
    }

    /// Makes room for `count` fields in all, so that adding them does not grow the storage again.
    mutating func reserveCapacity(_ count: Int) {
        fields.reserveCapacity(count)
    }

    /// Removes every field named `name`.
    public mutating func remove(_ name: String) {
        removeFields { $0.caseInsensitiveEquals(name) }
    }

    /// Removes every field whose name satisfies `isRemoved`, in one pass; leaves the storage alone when none does.
    ///
    /// The signer drops all the headers it is about to set with one call instead of one scan per name.
    mutating func removeFields(named isRemoved: (String) -> Bool) {
        guard fields.contains(where: { isRemoved($0.name) }) else { return }
        fields.removeAll { isRemoved($0.name) }
    }
}

extension String {
    /// ASCII case-insensitive comparison, as HTTP field names need.
    ///
    /// Compares the lengths first, which settles most pairs of different names, then the bytes in contiguous
    /// memory rather than through two `utf8` iterators.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return withUTF8Bytes { a in other.withUTF8Bytes { b in ASCII.caseInsensitiveEquals(a, b) } }
    }
}
