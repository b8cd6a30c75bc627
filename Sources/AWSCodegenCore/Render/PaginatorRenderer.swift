/// Renders the paginators as methods on the API protocol, so stubs get them too.
struct PaginatorRenderer {
    let module: ModuleIR

    func render(into w: inout CodeWriter) {
        guard !module.paginators.isEmpty else { return }
        let access = AccessRenderer.modifier(module.access)
        w.block("extension \(module.qualified(module.apiName))") { w in
            for (index, paginator) in module.paginators.enumerated() {
                if index > 0 { w.line() }
                let method = SwiftNames.escaped(paginator.methodName)
                let pages = "AWSPageSequence<\(paginator.inputType), \(paginator.outputType)>"
                w.docs(["The pages of ``\(paginator.methodName)(_:)``, fetched as the sequence is iterated."])
                w.block("\(access)func \(paginator.methodName)Pages(_ input: \(paginator.inputType)) -> \(pages)") { w in
                    w.line("AWSPageSequence(")
                    w.line("    input: input,")
                    w.line("    fetch: { try await self.\(method)($0) },")
                    w.line("    nextToken: { $0.\(SwiftNames.escaped(paginator.outputToken)) },")
                    w.line("    setToken: { $0.\(SwiftNames.escaped(paginator.inputToken)) = $1 }")
                    w.line(")")
                }
                guard let items = paginator.items else { continue }
                w.line()
                w.docs(["The `\(items.member)` of every page of ``\(paginator.methodName)(_:)``."])
                let sequence = "AWSItemSequence<\(paginator.inputType), \(paginator.outputType), \(TypeRenderer.code(items.elementType))>"
                w.block("\(access)func \(paginator.methodName)Items(_ input: \(paginator.inputType)) -> \(sequence)") { w in
                    let read = "$0.\(SwiftNames.escaped(items.member))" + (items.isOptional ? " ?? []" : "")
                    w.line("\(paginator.methodName)Pages(input).items { \(read) }")
                }
            }
        }
    }
}
