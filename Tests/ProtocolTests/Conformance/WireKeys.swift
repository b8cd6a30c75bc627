import AWSRuntime

/// Renames the member names of a suite's `params`, `result` and `error` values to the coding keys of the
/// generated types (the `locationName` of body members), and drops null structure members, following the
/// suite's shapes.
struct WireKeys {
    let shapes: [String: JSONValue]

    /// `value` of shape `shape`; `topLevel` for an operation's input, output or error.
    func rename(_ value: JSONValue, shape name: String, topLevel: Bool) -> JSONValue {
        guard let shape = shapes[name] else { return value }
        switch (shape["type"]?.stringValue, value) {
        case ("structure", .object(let object)), ("union", .object(let object)):
            let members = shape["members"]?.objectValue ?? [:]
            var renamed: [String: JSONValue] = [:]
            for (key, member) in object where member != .null {
                guard let reference = members[key] else {
                    renamed[key] = member
                    continue
                }
                let wireName = reference["locationName"]?.stringValue ?? key
                let target = reference["shape"]?.stringValue ?? ""
                // Older suites set the location on the target shape.
                let inBody = reference["location"] == nil && shapes[target]?["location"] == nil
                renamed[topLevel && !inBody ? key : wireName] = rename(member, shape: target, topLevel: false)
            }
            return .object(renamed)
        case ("list", .array(let elements)):
            let target = shape["member"]?["shape"]?.stringValue ?? ""
            return .array(elements.map { rename($0, shape: target, topLevel: false) })
        case ("map", .object(let entries)):
            let target = shape["value"]?["shape"]?.stringValue ?? ""
            return .object(entries.mapValues { rename($0, shape: target, topLevel: false) })
        default:
            return value
        }
    }
}

/// Whether two JSON values are equal, with numbers compared by value (floats to 6 significant digits)
/// and a missing object member equal to null.
func jsonEquivalent(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.object(let x), .object(let y)):
        let keys = Set(x.keys).union(y.keys)
        return keys.allSatisfy { jsonEquivalent(x[$0] ?? .null, y[$0] ?? .null) }
    case (.array(let x), .array(let y)):
        return x.count == y.count && zip(x, y).allSatisfy(jsonEquivalent)
    case (.int, .double), (.double, .int), (.double, .double):
        let x = a.doubleValue!, y = b.doubleValue!
        return x == y || abs(x - y) <= 1e-6 * max(abs(x), abs(y))
    default:
        return a == b
    }
}
