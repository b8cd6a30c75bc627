import AWSJSON

/// Elements and the keys that order them: the elements themselves for `sort`, `max` and `min`, an expression on
/// each for `sort_by`, `max_by` and `min_by`. The keys are all numbers or all strings.
struct JMESPathOrdering {
    private let elements: [JSONValue]
    private let keys: [JSONValue]

    /// Throws `invalidType` unless `keys`, one per element, are all numbers or all strings.
    init(_ elements: [JSONValue], keys: [JSONValue], of function: JMESPathFunction) throws(JMESPathError) {
        let types = Set(keys.map(\.jmesTypeName))
        guard types.isSubset(of: ["number"]) || types.isSubset(of: ["string"]) else {
            throw function.invalidType("orders numbers or strings, all of one type, not \(types.sorted().joined(separator: " and "))")
        }
        self.elements = elements
        self.keys = keys
    }

    /// The elements by ascending key; elements with equal keys keep their order.
    var sorted: [JSONValue] {
        keys.indices.sorted { keys[$0].jmesPrecedes(keys[$1]) || (!keys[$1].jmesPrecedes(keys[$0]) && $0 < $1) }.map { elements[$0] }
    }

    /// The first element with the smallest key; null when there are none.
    var minimum: JSONValue { first { $0.jmesPrecedes($1) } }

    /// The first element with the largest key; null when there are none.
    var maximum: JSONValue { first { $1.jmesPrecedes($0) } }

    /// The first element whose key no later key `beats`.
    private func first(_ beats: (_ key: JSONValue, _ best: JSONValue) -> Bool) -> JSONValue {
        guard var best = keys.indices.first else { return .null }
        for index in keys.indices.dropFirst() where beats(keys[index], keys[best]) { best = index }
        return elements[best]
    }
}
