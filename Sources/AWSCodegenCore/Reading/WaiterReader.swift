/// Reads `waiters-2.json`.
package enum WaiterReader {
    /// The waiters in document order; each must poll one of `operations`.
    package static func read(_ document: JSONCDocument, operations: Set<String>) throws -> [Waiter] {
        guard let waiters = try document.rootNode.member("waiters") else {
            throw document.rootNode.error("missing required key 'waiters'")
        }
        return try waiters.members().map { name, node in
            let acceptors = try required(node, "acceptors")
            let operation = try required(node, "operation")
            guard operations.contains(try operation.string()) else {
                throw operation.error("unknown operation '\(try operation.string())'")
            }
            return Waiter(
                name: name,
                operation: try operation.string(),
                delay: try seconds(try required(node, "delay")),
                maxAttempts: try seconds(try required(node, "maxAttempts")),
                maxDelay: nil,
                description: try node.string("description"),
                acceptors: try acceptors.elements().map(acceptor))
        }
    }

    /// The member `key` of `node`; an error when it is missing.
    static func required(_ node: JNode, _ key: String) throws -> JNode {
        guard let member = try node.member(key) else { throw node.error("missing required key '\(key)'") }
        return member
    }

    /// A delay or a count of 1 to 86400.
    static func seconds(_ node: JNode) throws -> Int {
        let value = try node.int()
        guard value > 0, value <= 86_400 else { throw node.error("expected a number of 1 to 86400") }
        return Int(value)
    }

    /// The `state` of an acceptor.
    static func state(of acceptor: JNode) throws -> Waiter.State {
        let stateNode = try required(acceptor, "state")
        guard let state = Waiter.State(rawValue: try stateNode.string()) else {
            throw stateNode.error("unknown state '\(try stateNode.string())'; expected success, failure or retry")
        }
        return state
    }

    private static func acceptor(_ node: JNode) throws -> Waiter.Acceptor {
        let state = try state(of: node)
        let expected = try required(node, "expected")
        let matcherNode = try required(node, "matcher")
        let matcher: Waiter.Matcher
        switch try matcherNode.string() {
        case "path": matcher = .path(try node.requiredString("argument"), expected: try value(expected))
        case "pathAll": matcher = .pathAll(try node.requiredString("argument"), expected: try value(expected))
        case "pathAny": matcher = .pathAny(try node.requiredString("argument"), expected: try value(expected))
        case "status":
            let status = try expected.int()
            guard (100...599).contains(status) else { throw expected.error("expected an HTTP status") }
            matcher = .status(Int(status))
        case "error":
            if let anyError = try? expected.bool() {
                matcher = .error(anyError)
            } else {
                matcher = .errorCode(try expected.string())
            }
        case let other:
            throw matcherNode.error("unknown matcher '\(other)'; expected path, pathAll, pathAny, status or error")
        }
        return Waiter.Acceptor(state: state, matcher: matcher)
    }

    private static func value(_ node: JNode) throws -> Waiter.Value {
        if let text = try? node.string() { return .string(text) }
        if let flag = try? node.bool() { return .bool(flag) }
        if (try? node.double()) != nil { return .number(try node.bound()) }
        throw node.error("expected a string, a boolean or a number")
    }
}
