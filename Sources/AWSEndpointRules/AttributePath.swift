import AWSJSON

/// A `getAttr` path such as `supportsFIPS`, `resourceId[1]` or `a.b[0]`.
struct AttributePath: Sendable, Equatable {
    enum Component: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    let components: [Component]

    /// Parses `text`; `nil` when it is not a valid path.
    init?(_ text: String) {
        var components = [Component]()
        for segment in text.split(separator: ".", omittingEmptySubsequences: false) {
            let name = segment.prefix { $0 != "[" }
            var rest = segment.dropFirst(name.count)
            if !name.isEmpty {
                components.append(.key(String(name)))
            } else if rest.isEmpty || !components.isEmpty {
                return nil
            }
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                    let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0
                else { return nil }
                components.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
        }
        self.components = components
    }

    /// The value at this path in `value`, or `nil` when a key or index is missing.
    func value(in value: JSONValue) -> JSONValue? {
        var current = value
        for component in components {
            let next: JSONValue?
            switch component {
            case .key(let key): next = current[key]
            case .index(let index): next = current[index]
            }
            guard let next else { return nil }
            current = next
        }
        return current
    }
}
