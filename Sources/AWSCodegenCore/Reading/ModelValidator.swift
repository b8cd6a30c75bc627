/// Checks that a model is consistent: every reference resolves, and traits fit their shapes.
package enum ModelValidator {
    private static let timestampFormats: Set<String> = ["iso8601", "rfc822", "unixTimestamp"]

    /// Throws the first problem found, located in `document`. Shapes and operations are checked in name order.
    package static func validate(_ model: ServiceModel, in document: JSONCDocument) throws {
        // Paths are made only for an error: a model has many members, and a path is an array.
        func check(_ reference: ShapeReference, at path: @autoclosure () -> JSONPath) throws {
            guard model.shapes[reference.shape] != nil else {
                throw document.error(at: path().appending("shape"), "unknown shape '\(reference.shape)'")
            }
            if let format = reference.timestampFormat, !timestampFormats.contains(format) {
                throw document.error(at: path().appending("timestampFormat"), "unknown timestamp format '\(format)'")
            }
        }
        func checkStructure(_ name: String, at path: @autoclosure () -> JSONPath, role: String) throws {
            guard model.shapes[name]?.structure != nil else {
                throw document.error(at: path(), "\(role) '\(name)' is not a structure")
            }
        }
        let shapeNames = model.shapes.keys.sorted()
        for name in shapeNames {
            let shape = model.shapes[name]!
            func path() -> JSONPath { JSONPath([.key("shapes"), .key(name)]) }
            if let format = shape.timestampFormat, !timestampFormats.contains(format) {
                throw document.error(at: path().appending("timestampFormat"), "unknown timestamp format '\(format)'")
            }
            switch shape.kind {
            case .structure(let structure):
                let memberNames = Set(structure.members.map(\.name))
                for member in structure.members {
                    try check(member.reference, at: path().appending("members").appending(member.name))
                }
                for (index, required) in structure.required.enumerated() where !memberNames.contains(required) {
                    throw document.error(
                        at: path().appending("required").appending(index: index), "required member '\(required)' does not exist")
                }
                if let payload = structure.payload, !memberNames.contains(payload) {
                    throw document.error(at: path().appending("payload"), "payload member '\(payload)' does not exist")
                }
            case .list(let member):
                try check(member, at: path().appending("member"))
            case .map(let key, let value):
                try check(key, at: path().appending("key"))
                try check(value, at: path().appending("value"))
            default:
                break
            }
        }
        try checkCollectionCycles(model, shapeNames, in: document)
        for name in model.operations.keys.sorted() {
            let operation = model.operations[name]!
            func path() -> JSONPath { JSONPath([.key("operations"), .key(name)]) }
            for (role, reference) in [("input", operation.input), ("output", operation.output)] {
                guard let reference else { continue }
                try check(reference, at: path().appending(role))
                try checkStructure(reference.shape, at: path().appending(role).appending("shape"), role: role)
            }
            for (index, error) in operation.errors.enumerated() {
                func errorPath() -> JSONPath { path().appending("errors").appending(index: index).appending("shape") }
                guard model.shapes[error] != nil else { throw document.error(at: errorPath(), "unknown shape '\(error)'") }
                try checkStructure(error, at: errorPath(), role: "error")
            }
            guard operation.requestURI.hasPrefix("/") else {
                throw document.error(at: path().appending("http").appending("requestUri"), "requestUri must start with '/'")
            }
        }
    }

    /// A list or map that holds itself through lists and maps alone (`L` a list of `L`) would be an infinite Swift
    /// type; through a structure it is fine, as the structure is boxed.
    private static func checkCollectionCycles(_ model: ServiceModel, _ shapeNames: [String], in document: JSONCDocument) throws {
        func element(_ name: String) -> (shape: String, key: String)? {
            switch model.shapes[name]?.kind {
            case .list(let member): (member.shape, "member")
            case .map(_, let value): (value.shape, "value")
            default: nil
            }
        }
        for name in shapeNames {
            guard let first = element(name) else { continue }
            var seen: Set<String> = [name]
            var next = first.shape
            while element(next) != nil {
                if next == name {
                    throw document.error(
                        at: JSONPath([.key("shapes"), .key(name), .key(first.key), .key("shape")]),
                        "'\(name)' holds itself through lists and maps alone, which no type can")
                }
                guard seen.insert(next).inserted, let after = element(next) else { break }
                next = after.shape
            }
        }
    }
}
