/// The operations and shapes a module holds: the selected operations and every shape they reach.
struct ShapeSelection {
    var operations: [Operation]
    var shapes: Set<String>
    var errors: [String]
    /// Shapes used as an operation input, output or error: only these bind members to HTTP locations.
    var topLevel: Set<String>
    var inputs: Set<String>
    /// Shapes reachable from an input: only these are validated.
    var inputReachable: Set<String>
    /// Shapes that are encoded: those reachable from an input, and from the output of an operation whose waiter
    /// reads it with a path (the runtime evaluates the path over the encoded output).
    var encoded: Set<String>
    /// Shapes that are decoded: those reachable from an output, an error or an event stream (an event stream's
    /// union decodes its events, in an input too).
    var decoded: Set<String>

    /// Selects `names` (all operations when nil). An unknown name is an error located in the config.
    init(model: ServiceModel, names: [String]?, configError: (Int, String) -> GeneratorError) throws {
        if let names {
            operations = try names.enumerated().map { index, name in
                guard let operation = model.operations[name] else {
                    throw configError(index, "unknown operation '\(name)'")
                }
                return operation
            }
            operations = Array(Dictionary(operations.map { ($0.name, $0) }) { a, _ in a }.values)
        } else {
            operations = Array(model.operations.values)
        }
        operations.sort { $0.name < $1.name }
        var roots: [String] = []
        var errorSet = Set<String>()
        topLevel = []
        inputs = []
        for operation in operations {
            if let input = operation.input?.shape { roots.append(input); topLevel.insert(input); inputs.insert(input) }
            if let output = operation.output?.shape { roots.append(output); topLevel.insert(output) }
            for error in operation.errors { roots.append(error); topLevel.insert(error); errorSet.insert(error) }
        }
        shapes = Self.reachable(from: roots, in: model)
        // The exceptions an event stream can carry are thrown while reading it, so they are errors too.
        for name in shapes where model.shapes[name]?.eventStream == true {
            for member in model.shapes[name]?.structure?.members ?? []
            where model.shapes[member.reference.shape]?.structure?.isException == true {
                topLevel.insert(member.reference.shape)
                errorSet.insert(member.reference.shape)
            }
        }
        errors = errorSet.sorted()
        inputReachable = Self.reachable(from: Array(inputs), in: model)
        let selected = Dictionary(operations.map { ($0.name, $0) }) { first, _ in first }
        let readOutputs = model.waiters.filter(\.readsOutput)
            .compactMap { selected[$0.operation]?.output?.shape }
        encoded = inputReachable.union(Self.reachable(from: readOutputs, in: model))
        let eventStreams = shapes.filter { model.shapes[$0]?.eventStream == true }
        decoded = Self.reachable(from: operations.compactMap(\.output?.shape) + errors + eventStreams, in: model)
    }

    /// Every shape reachable from `roots`, the roots included.
    static func reachable(from roots: [String], in model: ServiceModel) -> Set<String> {
        var pending = roots
        var seen = Set<String>()
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let shape = model.shapes[name] else { continue }
            switch shape.kind {
            case .structure(let structure): pending.append(contentsOf: structure.members.map(\.reference.shape))
            case .list(let member): pending.append(member.shape)
            case .map(let key, let value): pending.append(contentsOf: [key.shape, value.shape])
            default: break
            }
        }
        return seen
    }
}
