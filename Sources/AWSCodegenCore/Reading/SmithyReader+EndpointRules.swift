import AWSEndpointRules
import CJSONC

extension SmithyReader {
    /// The `smithy.rules#endpointRuleSet` trait `node` as compact JSON, with the parameter types spelled as
    /// botocore's `endpoint-rule-set-1.json` spells them: `String` is `string`, `Boolean` is `boolean`.
    ///
    /// - Throws: a `GeneratorError` at the part of the trait that is wrong when it is not a rule set the runtime's
    ///   parser takes, as ``EndpointRuleSetCheck`` does for botocore's file.
    static func endpointRuleSet(_ node: JNode) throws -> String {
        let copy = try JSONCDocument(file: node.document.file, bytes: Array(node.compactText.utf8))
        let parameters = try copy.rootNode.member("parameters")
        for (name, parameter) in try node.member("parameters")?.members() ?? [] {
            guard let type = try parameter.string("type"), let target = try parameters?.member(name) else { continue }
            json_object_object_add(target.pointer, "type", json_object_new_string(type.prefix(1).lowercased() + type.dropFirst()))
        }
        let text = copy.compactText
        do {
            _ = try EndpointRuleSet(json: Array(text.utf8))
        } catch {
            let path = EndpointRuleSetCheck.jsonPath(error.path).components
            throw node.document.error(at: JSONPath(node.path.components + path), error.message)
        }
        return text
    }
}
