extension MemberPathIR {
    /// The Swift expression that reads this path from `root`, with optional chaining, and whether its
    /// value is optional.
    func code(from root: String) -> (code: String, isOptional: Bool) {
        var code = root
        var isOptional = false
        for step in steps {
            code += isOptional ? "?." : "."
            switch step {
            case .member(let name, let optional):
                code += SwiftNames.escaped(name)
                isOptional = isOptional || optional
            case .index(let index):
                code += Self.element(index)
                isOptional = true
            }
        }
        return (code, isOptional)
    }

    /// The key path of a top-level member, such as `\.nextToken`.
    var keyPath: String {
        code(from: "\\").code
    }

    /// The path as documentation names it, such as `streamDescription.shards.last.shardId`.
    var documentation: String {
        steps.map { step in
            switch step {
            case .member(let name, _): name
            case .index(let index): Self.element(index)
            }
        }.joined(separator: ".")
    }

    /// The optional element of a list at `index`, negative from the end.
    private static func element(_ index: Int) -> String {
        switch index {
        case 0: "first"
        case -1: "last"
        case 1...: "dropFirst(\(index)).first"
        default: "dropLast(\(-index - 1)).last"
        }
    }
}
