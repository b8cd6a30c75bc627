/// Reads `paginators-1.json`.
package enum PaginatorReader {
    /// The paginators by operation name.
    package static func read(_ document: JSONCDocument) throws -> [String: Paginator] {
        guard let pagination = try document.rootNode.member("pagination") else {
            throw document.rootNode.error("missing required key 'pagination'")
        }
        var result: [String: Paginator] = [:]
        for (operation, node) in try pagination.members() {
            result[operation] = Paginator(
                inputToken: try stringOrList(node, "input_token"),
                outputToken: try stringOrList(node, "output_token"),
                limitKey: try node.string("limit_key"),
                resultKey: try stringOrList(node, "result_key"),
                moreResults: try node.string("more_results"))
        }
        return result
    }

    private static func stringOrList(_ node: JNode, _ key: String) throws -> [String] {
        guard let value = try node.member(key) else { return [] }
        if let single = try? value.string() { return [single] }
        return try value.elements().map { try $0.string() }
    }
}
