import AWSEndpointRules

/// Reads an `endpoint-rule-set-1.json` the way the runtime will, so that a rule set the client could not use is
/// the generator's error, with the file, line and column of the part that is wrong, and not the client's first
/// request's.
enum EndpointRuleSetCheck {
    /// The rule set's compact JSON text, which the generated client embeds; throws a `GeneratorError` when the
    /// file is not JSON or not a rule set the runtime's parser takes.
    static func checked(_ file: ModelInput.File) throws -> String {
        let document = try JSONCDocument(file: file.name, bytes: file.bytes)
        let text = document.compactText
        do {
            _ = try EndpointRuleSet(json: Array(text.utf8))
        } catch {
            throw document.error(at: jsonPath(error.path), error.message)
        }
        return text
    }

    /// The `JSONPath` of a path the rules parser gives, such as `$.rules[2].conditions[0].fn`; the part it can read
    /// (a key with `.` or `[` in it ends it).
    static func jsonPath(_ text: String) -> JSONPath {
        var components: [JSONPath.Component] = []
        var rest = Substring(text)
        guard rest.hasPrefix("$") else { return JSONPath() }
        rest = rest.dropFirst()
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                components.append(.key(String(rest[..<end])))
                rest = rest[end...]
            } else if first == "[", let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]) {
                components.append(.index(index))
                rest = rest[rest.index(after: close)...]
            } else {
                break
            }
        }
        return JSONPath(components)
    }
}
