extension SmithyReader {
    /// The waiters of the operation `node` from its `smithy.waiters#waitable` trait, as botocore's
    /// `waiters-2.json` states them, and a warning for each waiter that cannot be stated so.
    ///
    /// Smithy gives `minDelay` (default 2) and `maxDelay` (default 120) but no attempt limit.
    func waiters(_ node: JNode, operation: String) throws -> (waiters: [Waiter], warnings: [String]) {
        guard let waitable = try SmithyTraits(of: node).value("smithy.waiters#waitable") else { return ([], []) }
        var waiters: [Waiter] = []
        var warnings: [String] = []
        for (name, spec) in try waitable.members() {
            guard let acceptors = try acceptors(spec) else {
                warnings.append("waiter \(name) matches on the operation's input, which is not supported; left out")
                continue
            }
            let maxDelay = try spec.member("maxDelay").map(WaiterReader.seconds) ?? 120
            waiters.append(Waiter(
                name: name,
                operation: operation,
                delay: try spec.member("minDelay").map(WaiterReader.seconds) ?? 2,
                maxAttempts: nil,
                maxDelay: maxDelay == 120 ? nil : maxDelay,
                description: try spec.string("documentation"),
                acceptors: acceptors))
        }
        return (waiters, warnings)
    }

    /// The acceptors of a waiter; nil when one of them reads the operation's input.
    private func acceptors(_ spec: JNode) throws -> [Waiter.Acceptor]? {
        var acceptors: [Waiter.Acceptor] = []
        for acceptor in try WaiterReader.required(spec, "acceptors").elements() {
            guard let matcher = try matcher(acceptor) else { return nil }
            acceptors.append(Waiter.Acceptor(state: try WaiterReader.state(of: acceptor), matcher: matcher))
        }
        return acceptors
    }

    /// The botocore matcher of an acceptor; nil for an `inputOutput` matcher, which reads the input too.
    private func matcher(_ acceptor: JNode) throws -> Waiter.Matcher? {
        let node = try WaiterReader.required(acceptor, "matcher")
        if let success = try node.bool("success") { return .error(!success) }
        if let errorType = try node.string("errorType") { return .errorCode(Self.localName(errorType)) }
        if try node.member("inputOutput") != nil { return nil }
        guard let output = try node.member("output") else {
            throw node.error("expected one of 'output', 'inputOutput', 'success' or 'errorType'")
        }
        let path = try output.requiredString("path")
        let expected = try WaiterReader.required(output, "expected").string()
        let comparatorNode = try WaiterReader.required(output, "comparator")
        switch try comparatorNode.string() {
        case "stringEquals": return .path(path, expected: .string(expected))
        case "booleanEquals": return .path(path, expected: .bool(expected == "true"))
        case "allStringEquals": return .pathAll(path, expected: .string(expected))
        case "anyStringEquals": return .pathAny(path, expected: .string(expected))
        case let other:
            throw comparatorNode.error("unknown comparator '\(other)'; expected stringEquals, booleanEquals, allStringEquals or anyStringEquals")
        }
    }
}
