/// A path of `paginators-1.json`, in the subset of JMESPath that botocore's paginators use: member names
/// joined by `.`, list indexes such as `[-1]`, and alternatives joined by `||`, as in
/// `NextMarker || Contents[-1].Key`.
struct PaginatorExpression {
    /// One step of a path.
    enum Step {
        case member(String)
        case index(Int)
    }

    /// The alternatives, in order: the value is the first that is present and not empty.
    var alternatives: [[Step]]

    /// Parses `text`; nil when it is not in the subset.
    init?(_ text: String) {
        var alternatives: [[Step]] = []
        for alternative in text.split(separator: "||", omittingEmptySubsequences: false) {
            var path = alternative
            while path.first == " " { path.removeFirst() }
            while path.last == " " { path.removeLast() }
            guard let steps = Self.steps(path) else { return nil }
            alternatives.append(steps)
        }
        self.alternatives = alternatives
    }

    /// The steps of `a.b[-1].c`; nil when `path` is not a path.
    private static func steps(_ path: Substring) -> [Step]? {
        var steps: [Step] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            let name = part.prefix { $0 != "[" }
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            steps.append(.member(String(name)))
            var rest = part.dropFirst(name.count)
            while rest.first == "[" {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]) else {
                    return nil
                }
                steps.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty else { return nil }
        }
        return steps
    }
}
