/// The scope slot of each parameter name, looked up with FNV-1a over the name's UTF-8 bytes.
///
/// A resolution looks up every parameter it is given; Swift's `Dictionary` hashes each name with SipHash,
/// which cost more than the rest of filling the scope.
struct SlotTable: Sendable {
    private let names: [String]
    /// Open addressing over a power-of-two count of buckets: the index into `names` plus one, or 0 for an empty
    /// bucket.
    private let buckets: [Int32]

    /// A table of `names`, each name's slot being its index; a repeated name keeps its first slot.
    init(_ names: [String]) {
        var count = 8
        while count < names.count * 2 { count *= 2 }
        var buckets = [Int32](repeating: 0, count: count)
        for (slot, name) in names.enumerated() {
            var bucket = Self.hash(name) & (count - 1)
            while buckets[bucket] != 0, names[Int(buckets[bucket]) - 1] != name { bucket = (bucket + 1) & (count - 1) }
            if buckets[bucket] == 0 { buckets[bucket] = Int32(slot + 1) }
        }
        self.names = names
        self.buckets = buckets
    }

    /// The slot of `name`, or `nil` when it is not a parameter.
    func slot(of name: String) -> Int? {
        let mask = buckets.count - 1
        var bucket = Self.hash(name) & mask
        while true {
            let entry = Int(buckets[bucket])
            if entry == 0 { return nil }
            if names[entry - 1] == name { return entry - 1 }
            bucket = (bucket + 1) & mask
        }
    }

    private static func hash(_ name: String) -> Int {
        EndpointFunctions.withBytes(of: name) { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
    }
}
