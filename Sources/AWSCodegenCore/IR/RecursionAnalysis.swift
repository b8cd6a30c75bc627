/// Finds structure members that must be stored indirectly because their structures contain each other,
/// using Tarjan's strongly connected components over direct structure-to-structure members.
struct RecursionAnalysis {
    /// The strongly connected component of each structure that is part of a cycle.
    private(set) var component: [String: Int] = [:]

    init(model: ServiceModel, shapes: Set<String>) {
        var index = 0
        var indices: [String: Int] = [:]
        var lowLinks: [String: Int] = [:]
        var stack: [String] = []
        var onStack = Set<String>()
        var componentCount = 0
        // The structures among `shapes` (the members of a selected structure are selected too).
        let structures = Set(shapes.filter { name in
            if case .structure? = model.shapes[name]?.kind { return true }
            return false
        })
        func successors(_ name: String) -> [String] {
            guard case .structure(let structure)? = model.shapes[name]?.kind else { return [] }
            return structure.members.map(\.reference.shape).filter(structures.contains).sorted()
        }
        func connect(_ name: String) {
            indices[name] = index
            lowLinks[name] = index
            index += 1
            stack.append(name)
            onStack.insert(name)
            let successors = successors(name)
            for next in successors {
                if indices[next] == nil {
                    connect(next)
                    lowLinks[name] = min(lowLinks[name]!, lowLinks[next]!)
                } else if onStack.contains(next) {
                    lowLinks[name] = min(lowLinks[name]!, indices[next]!)
                }
            }
            guard lowLinks[name] == indices[name] else { return }
            var members: [String] = []
            while let top = stack.popLast() {
                onStack.remove(top)
                members.append(top)
                if top == name { break }
            }
            let selfLoop = successors.contains(name)
            if members.count > 1 || selfLoop {
                for member in members { component[member] = componentCount }
                componentCount += 1
            }
        }
        for name in structures.sorted() where indices[name] == nil {
            connect(name)
        }
    }

    /// Whether a member of `owner` that holds `target` directly closes a cycle.
    func isIndirect(owner: String, target: String) -> Bool {
        guard let a = component[owner], let b = component[target] else { return false }
        return a == b
    }

    /// Whether `name` is on a cycle.
    func isRecursive(_ name: String) -> Bool { component[name] != nil }
}
