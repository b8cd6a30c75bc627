import AWSJSON

/// The functions that order: `sort`, `max` and `min` by the elements themselves, `sort_by`, `max_by` and `min_by`
/// by an expression on each element.
extension JMESPathFunction {
    /// `sort(array)`, `max(array)`, `min(array)` and `sort_by(array, &key)`, `max_by(array, &key)`,
    /// `min_by(array, &key)`: the array's elements with the keys that order them.
    func ordering(_ arguments: JMESPathArguments) throws(JMESPathError) -> JMESPathOrdering {
        let elements = try arguments.array(0)
        guard parameterCount == 2 else { return try JMESPathOrdering(elements, keys: elements, of: self) }
        let key = try arguments.expression(1)
        var keys: [JSONValue] = []
        keys.reserveCapacity(elements.count)
        for element in elements { keys.append(try key.evaluate(element)) }
        return try JMESPathOrdering(elements, keys: keys, of: self)
    }
}
