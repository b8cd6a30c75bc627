extension IRBuilder {
    /// The waiters of the client's operations, by name; the others are left out.
    func waiters(_ operations: [OperationIR]) -> [WaiterIR] {
        let byName = Dictionary(operations.map { ($0.name, $0) }) { first, _ in first }
        let propertyNames = SwiftNames.uniqued(model.waiters.map { SwiftNames.lowerCamel($0.name) })
        return zip(model.waiters, propertyNames).compactMap { waiter, propertyName -> WaiterIR? in
            guard let operation = byName[waiter.operation] else { return nil }
            return WaiterIR(
                name: waiter.name,
                propertyName: propertyName,
                description: waiter.description,
                operationMethod: operation.methodName,
                inputType: operation.inputType,
                hasOutput: operation.outputType != nil,
                deprecatedMessage: operation.deprecatedMessage,
                delay: waiter.delay,
                maxAttempts: waiter.maxAttempts,
                maxDelay: waiter.maxDelay,
                acceptors: waiter.acceptors)
        }.sorted { $0.name < $1.name }
    }

    /// The structures and unions that the waiters' paths read (from the outputs of their operations) with
    /// members whose wire names differ from their model names, sorted by name.
    func modelNamedShapes(_ waiters: [WaiterIR], operations: [OperationIR], structs: [StructIR], unions: [UnionIR]) -> [ModelNamesIR] {
        let outputs = Dictionary(operations.map { ($0.methodName, $0.outputType) }) { first, _ in first }
        let members = Dictionary(structs.map { ($0.name, $0.members) } + unions.map { ($0.name, $0.cases) }) { first, _ in first }
        var seen: Set<String> = []
        // Waiter paths read outputs; endpoint parameter paths read inputs.
        var pending = waiters.filter(\.readsOutput)
            .compactMap { outputs[$0.operationMethod] ?? nil }
            + operations.filter { !$0.operationContextParams.isEmpty }.compactMap(\.inputType)
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let fields = members[name] else { continue }
            pending += fields.flatMap { $0.type.shapeNames }
        }
        return seen.sorted().compactMap { name in
            let renamed = (members[name] ?? []).filter { $0.codingKey != $0.modelName }
            return renamed.isEmpty ? nil : ModelNamesIR(typeName: name, names: renamed.map { ($0.codingKey, $0.modelName) })
        }
    }
}

extension Waiter {
    /// Whether an acceptor evaluates a path over the output, which the runtime then encodes.
    var readsOutput: Bool { acceptors.contains(where: \.readsOutput) }
}

extension WaiterIR {
    /// Whether an acceptor evaluates a path over the output, which the runtime then encodes.
    var readsOutput: Bool { acceptors.contains(where: \.readsOutput) }
}

extension Waiter.Acceptor {
    /// Whether the acceptor evaluates a path over the output.
    var readsOutput: Bool {
        switch matcher {
        case .path, .pathAll, .pathAny: true
        case .status, .errorCode, .error: false
        }
    }
}

extension TypeIR {
    /// The generated shapes that a path can read in a value of this type: the type itself, or its elements'
    /// or values'. An event stream is not part of the output that paths read.
    var shapeNames: [String] {
        switch self {
        case .shape(let name): [name]
        case .list(let element), .map(let element): element.shapeNames
        case .scalar, .document, .eventStream, .byteStream: []
        }
    }
}
