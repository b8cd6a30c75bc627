import AWSJSON

/// A compiled JMESPath expression: the tree the parser builds and the evaluator walks.
indirect enum JMESPathNode: Sendable {
    /// A comparison operator.
    enum Comparator: Sendable, Equatable {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    }

    /// `@`: the current value.
    case current
    /// `name` or `"name"`: a member of an object.
    case field(String)
    /// `left.right`, and `left[index]`: `right` evaluated on the result of `left`.
    case subexpression(JMESPathNode, JMESPathNode)
    /// `[n]`, negative from the end.
    case index(Int)
    /// `[start:stop:step]`.
    case slice(start: Int?, stop: Int?, step: Int)
    /// `left[*].right`, `left[].right`, `left[1:].right`: `right` on each element of the array `left`, nulls dropped.
    case projection(JMESPathNode, JMESPathNode)
    /// `left.*.right`: `right` on each value of the object `left`, nulls dropped.
    case valueProjection(JMESPathNode, JMESPathNode)
    /// `left[?condition].right`: `right` on each element of the array `left` for which `condition` is truthy.
    case filterProjection(JMESPathNode, condition: JMESPathNode, JMESPathNode)
    /// `left[]`: the array `left` with its array elements spliced in.
    case flatten(JMESPathNode)
    /// `left op right`.
    case comparison(Comparator, JMESPathNode, JMESPathNode)
    /// `left || right`.
    case or(JMESPathNode, JMESPathNode)
    /// `left && right`.
    case and(JMESPathNode, JMESPathNode)
    /// `!operand`.
    case not(JMESPathNode)
    /// `'raw string'` or `` `json` ``.
    case literal(JSONValue)
    /// `left | right`: `right` on the result of `left`, which stops projections.
    case pipe(JMESPathNode, JMESPathNode)
    /// `[a, b]`.
    case multiSelectList([JMESPathNode])
    /// `{k: a, l: b}`.
    case multiSelectHash([(key: String, value: JMESPathNode)])
    /// `name(arguments...)`.
    case function(JMESPathFunction, [JMESPathArgument<JMESPathNode>])

    /// The result of this expression on `value`. Throws `invalidType` when a function gets an argument of the wrong type.
    func evaluate(_ value: JSONValue) throws(JMESPathError) -> JSONValue {
        switch self {
        case .current:
            return value
        case .field(let name):
            return value[name] ?? .null
        case .subexpression(let left, let right):
            return try right.evaluate(try left.evaluate(value))
        case .index(let index):
            guard case .array(let elements) = value else { return .null }
            let position = index < 0 ? elements.count + index : index
            return elements.indices.contains(position) ? elements[position] : .null
        case .slice(let start, let stop, let step):
            guard case .array(let elements) = value else { return .null }
            return .array(Self.slice(elements, start: start, stop: stop, step: step))
        case .projection(let left, let right):
            guard case .array(let elements) = try left.evaluate(value) else { return .null }
            return try Self.project(elements, right)
        case .valueProjection(let left, let right):
            guard case .object(let members) = try left.evaluate(value) else { return .null }
            return try Self.project(members.jmesSorted.map(\.value), right)
        case .filterProjection(let left, let condition, let right):
            guard case .array(let elements) = try left.evaluate(value) else { return .null }
            var kept: [JSONValue] = []
            for element in elements where try condition.evaluate(element).isTruthy { kept.append(element) }
            return try Self.project(kept, right)
        case .flatten(let operand):
            guard case .array(let elements) = try operand.evaluate(value) else { return .null }
            return .array(elements.flatMap { element -> [JSONValue] in
                if case .array(let inner) = element { inner } else { [element] }
            })
        case .comparison(let comparator, let left, let right):
            return Self.compare(comparator, try left.evaluate(value), try right.evaluate(value))
        case .or(let left, let right):
            let result = try left.evaluate(value)
            return result.isTruthy ? result : try right.evaluate(value)
        case .and(let left, let right):
            let result = try left.evaluate(value)
            return result.isTruthy ? try right.evaluate(value) : result
        case .not(let operand):
            return .bool(!(try operand.evaluate(value).isTruthy))
        case .literal(let literal):
            return literal
        case .pipe(let left, let right):
            return try right.evaluate(try left.evaluate(value))
        case .multiSelectList(let elements):
            guard value != .null else { return .null }
            var results: [JSONValue] = []
            for element in elements { results.append(try element.evaluate(value)) }
            return .array(results)
        case .multiSelectHash(let members):
            guard value != .null else { return .null }
            var results: [String: JSONValue] = [:]
            for member in members { results[member.key] = try member.value.evaluate(value) }
            return .object(results)
        case .function(let function, let arguments):
            var values: [JMESPathArgument<JSONValue>] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments {
                switch argument {
                case .value(let node): values.append(.value(try node.evaluate(value)))
                case .expression(let node): values.append(.expression(node))
                }
            }
            return try function.call(JMESPathArguments(function, values))
        }
    }

    /// `right` on each element, without the null results.
    private static func project(_ elements: [JSONValue], _ right: JMESPathNode) throws(JMESPathError) -> JSONValue {
        var results: [JSONValue] = []
        for element in elements {
            let result = try right.evaluate(element)
            if result != .null { results.append(result) }
        }
        return .array(results)
    }

    /// `==` and `!=` on any values; the orderings on numbers only, else null.
    private static func compare(_ comparator: Comparator, _ left: JSONValue, _ right: JSONValue) -> JSONValue {
        switch comparator {
        case .equal: return .bool(left.jmesEquals(right))
        case .notEqual: return .bool(!left.jmesEquals(right))
        default: break
        }
        guard let lhs = left.doubleValue, let rhs = right.doubleValue else { return .null }
        switch comparator {
        case .less: return .bool(lhs < rhs)
        case .lessOrEqual: return .bool(lhs <= rhs)
        case .greater: return .bool(lhs > rhs)
        default: return .bool(lhs >= rhs)
        }
    }

    /// Python-style slicing, as the JMESPath specification defines it.
    private static func slice(_ elements: [JSONValue], start: Int?, stop: Int?, step: Int) -> [JSONValue] {
        let count = elements.count
        func clamp(_ bound: Int?, _ fallback: Int) -> Int {
            guard let bound else { return fallback }
            if bound < 0 { return max(bound + count, step < 0 ? -1 : 0) }
            return min(bound, step < 0 ? count - 1 : count)
        }
        var index = clamp(start, step < 0 ? count - 1 : 0)
        let end = clamp(stop, step < 0 ? -1 : count)
        var result: [JSONValue] = []
        while step > 0 ? index < end : index > end {
            result.append(elements[index])
            index += step
        }
        return result
    }
}
