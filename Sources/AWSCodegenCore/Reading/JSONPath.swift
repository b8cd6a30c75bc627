/// A path from the root of a JSON document to one value, such as `shapes.Foo.members[0]`.
package struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    /// One step of a path.
    package enum Component: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    package private(set) var components: [Component] = []

    package init(_ components: [Component] = []) {
        self.components = components
    }

    /// This path extended by an object key.
    package func appending(_ key: String) -> JSONPath {
        JSONPath(components + [.key(key)])
    }

    /// This path extended by an array index.
    package func appending(index: Int) -> JSONPath {
        JSONPath(components + [.index(index)])
    }

    package var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
