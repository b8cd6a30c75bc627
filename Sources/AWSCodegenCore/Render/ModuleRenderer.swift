/// Renders a `ModuleIR` into its fixed set of files.
///
/// Each file has type declarations, which go inside `extension <namespace>` when the config sets a
/// namespace, and extensions of those types, which stay at file scope with qualified names.
struct ModuleRenderer {
    let module: ModuleIR

    func render() -> [OutputFile] {
        let names = Generator.outputFileNames(module: module.moduleName)
        // No client when the runtime does not speak the model's protocol: the module holds the shapes only.
        let client = ClientRenderer(module: module)
        let shapes = ShapeRenderer(module: module)
        return [
            OutputFile(name: names[0], contents: file(
                foundation: false, namespaceDeclaration: true,
                types: client.map { client in { client.render(into: &$0) } },
                extensions: client.map { client in { client.renderOperations(into: &$0) } })),
            OutputFile(name: names[1], contents: file(foundation: false, extensions: client.map { client in { client.renderEndpoints(into: &$0) } })),
            OutputFile(name: names[2], contents: file(foundation: false, types: { w in
                for (index, enumeration) in module.enums.enumerated() {
                    if index > 0 { w.line() }
                    EnumRenderer(module: module).render(enumeration, into: &w)
                }
            })),
            OutputFile(name: names[3], contents: file(
                foundation: needsFoundation(module.errors),
                types: { w in
                    for (index, error) in module.errors.enumerated() {
                        if index > 0 { w.line() }
                        shapes.renderStruct(error, isError: true, into: &w)
                    }
                },
                extensions: client.map { client in { client.renderErrorTable(into: &$0) } })),
            OutputFile(name: names[4], contents: file(foundation: false, extensions: { PaginatorRenderer(module: module).render(into: &$0) })),
            OutputFile(name: names[5], contents: file(foundation: needsFoundation(module.structs) || needsFoundationUnions, types: { w in
                var first = true
                for shape in module.structs {
                    if !first { w.line() }
                    first = false
                    shapes.renderStruct(shape, isError: false, into: &w)
                }
                for union in module.unions {
                    if !first { w.line() }
                    first = false
                    shapes.renderUnion(union, into: &w)
                }
            })),
            OutputFile(name: names[6], contents: file(foundation: false, extensions: { WaiterRenderer(module: module).render(into: &$0) })),
        ]
    }

    private func needsFoundation(_ shapes: [StructIR]) -> Bool {
        shapes.contains { $0.members.contains { TypeRenderer.needsFoundation($0.type) } }
    }

    private var needsFoundationUnions: Bool {
        module.unions.contains { $0.cases.contains { TypeRenderer.needsFoundation($0.type) } }
    }

    private func file(
        foundation: Bool,
        namespaceDeclaration: Bool = false,
        types: ((inout CodeWriter) -> Void)? = nil,
        extensions: ((inout CodeWriter) -> Void)? = nil
    ) -> String {
        var w = CodeWriter()
        for line in module.header { w.line(line) }
        w.line()
        w.line("import AWSRuntime")
        if foundation { w.line("import Foundation") }
        w.line()
        if let namespace = module.namespace, namespaceDeclaration {
            w.docs(["The declarations generated from the \(module.service.title) model."])
            w.line("\(AccessRenderer.modifier(module.access))enum \(namespace) {}")
            w.line()
        }
        var typeText = CodeWriter()
        types?(&typeText)
        if !typeText.text.isEmpty {
            if let namespace = module.namespace {
                w.block("extension \(namespace)") { $0.lines(typeText.text) }
            } else {
                w.append(typeText.text)
            }
        }
        var extensionText = CodeWriter()
        extensions?(&extensionText)
        if !extensionText.text.isEmpty {
            if !typeText.text.isEmpty { w.line() }
            w.append(extensionText.text)
        }
        return w.text
    }
}
