/// Renders the paginators as methods on the API protocol, so stubs get them too: `<operation>Pages(_:)`,
/// and `<operation>Items(_:)` when the pages have one list of results. Each is a call of the runtime's
/// `AWSPageSequence` with closures that read the tokens from a page and key paths that set them.
struct PaginatorRenderer {
    let module: ModuleIR

    func render(into w: inout CodeWriter) {
        guard module.hasClient, !module.paginators.isEmpty else { return }
        w.block("extension \(module.qualified(module.apiName))") { w in
            for (index, paginator) in module.paginators.enumerated() {
                if index > 0 { w.line() }
                renderPages(paginator, into: &w)
                if let items = paginator.items {
                    w.line()
                    renderItems(paginator, items, into: &w)
                }
            }
        }
    }

    private func renderPages(_ paginator: PaginatorIR, into w: inout CodeWriter) {
        var discussion: [String] = []
        if let flag = paginator.moreResults {
            discussion.append("The pages end when `\(flag.documentation)` is not true.")
        }
        if paginator.items == nil, !paginator.results.isEmpty {
            discussion.append("Each page's results are in \(list(paginator.results.map { "`\($0.documentation)`" })).")
        }
        discussion += pageSizeDocumentation(paginator)
        w.docs(["The pages of ``\(paginator.methodName)(_:)``, fetched as the sequence is iterated."] + (discussion.isEmpty ? [] : [""] + discussion))
        let type = "AWSPageSequence<\(paginator.inputType), \(paginator.outputType)>"
        w.block("\(AccessRenderer.modifier(module.access))func \(paginator.methodName)Pages(\(parameters(paginator))) -> \(type)") { w in
            w.line("AWSPageSequence(")
            w.line("    input: input,")
            w.line("    fetch: { try await self.\(SwiftNames.escaped(paginator.methodName))($0) },")
            let tokens = paginator.tokens.map(token)
            let moreResults = paginator.moreResults.map { "moreResults: { \($0.code(from: "$0").code) }" }
            if tokens.count == 1 {
                w.line("    tokens: \(tokens[0])\(moreResults == nil ? "" : ",")")
            } else {
                w.line("    tokens:")
                for (index, token) in tokens.enumerated() {
                    w.line("        \(token)\(index < tokens.count - 1 || moreResults != nil ? "," : "")")
                }
            }
            if let moreResults { w.line("    \(moreResults)") }
            w.line(verbatim: ")" + (paginator.pageSize.map { ".pageSize(pageSize, \($0.keyPath))" } ?? ""))
        }
    }

    private func renderItems(_ paginator: PaginatorIR, _ items: PaginatorItemsIR, into w: inout CodeWriter) {
        w.docs(["The `\(items.path.documentation)` of every page of ``\(paginator.methodName)(_:)``."]
            + (paginator.pageSize == nil ? [] : [""] + pageSizeDocumentation(paginator)))
        let type = "AWSItemSequence<\(paginator.inputType), \(paginator.outputType), \(TypeRenderer.code(items.elementType))>"
        w.block("\(AccessRenderer.modifier(module.access))func \(paginator.methodName)Items(\(parameters(paginator))) -> \(type)") { w in
            let read = items.path.code(from: "$0")
            let pages = paginator.pageSize == nil ? "input" : "input, pageSize: pageSize"
            w.line("\(paginator.methodName)Pages(\(pages)).items { \(read.code)\(read.isOptional ? " ?? []" : "") }")
        }
    }

    private func parameters(_ paginator: PaginatorIR) -> String {
        "_ input: \(paginator.inputType)" + (paginator.pageSize == nil ? "" : ", pageSize: Int? = nil")
    }

    private func pageSizeDocumentation(_ paginator: PaginatorIR) -> [String] {
        paginator.pageSize.map { ["`pageSize`, when set, is sent as `\($0.documentation)` on every request."] } ?? []
    }

    /// `.init(\.marker, from: { $0.nextMarker }, { $0.contents?.last?.key })`.
    private func token(_ token: PaginatorTokenIR) -> String {
        let readers = token.output.map { "{ \($0.code(from: "$0").code) }" }
        return ".init(\(token.input.keyPath), from: \(readers.joined(separator: ", ")))"
    }

    /// `a`, `a and b`, `a, b and c`.
    private func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
