/// Renders a `ModuleIR` into its fixed set of files.
struct ModuleRenderer {
    let module: ModuleIR

    func render() -> [OutputFile] {
        let names = Generator.outputFileNames(module: module.moduleName)
        return [
            OutputFile(name: names[0], contents: file(foundation: false) { ClientRenderer(module: module).render(into: &$0) }),
            OutputFile(name: names[1], contents: file(foundation: false) { ClientRenderer(module: module).renderEndpoints(into: &$0) }),
            OutputFile(name: names[2], contents: file(foundation: false) { w in
                for (index, enumeration) in module.enums.enumerated() {
                    if index > 0 { w.line() }
                    EnumRenderer(module: module).render(enumeration, into: &w)
                }
            }),
            OutputFile(name: names[3], contents: file(foundation: needsFoundation(module.errors)) { w in
                let renderer = ShapeRenderer(module: module)
                for error in module.errors {
                    renderer.renderStruct(error, isError: true, into: &w)
                    w.line()
                }
                ClientRenderer(module: module).renderErrorTable(into: &w)
            }),
            OutputFile(name: names[4], contents: file(foundation: false) { PaginatorRenderer(module: module).render(into: &$0) }),
            OutputFile(name: names[5], contents: file(foundation: needsFoundation(module.structs) || needsFoundationUnions) { w in
                let renderer = ShapeRenderer(module: module)
                var first = true
                for shape in module.structs {
                    if !first { w.line() }
                    first = false
                    renderer.renderStruct(shape, isError: false, into: &w)
                }
                for union in module.unions {
                    if !first { w.line() }
                    first = false
                    renderer.renderUnion(union, into: &w)
                }
            }),
        ]
    }

    private func needsFoundation(_ shapes: [StructIR]) -> Bool {
        shapes.contains { $0.members.contains { $0.type.needsFoundation } }
    }

    private var needsFoundationUnions: Bool {
        module.unions.contains { $0.cases.contains { $0.type.needsFoundation } }
    }

    private func file(foundation: Bool, _ body: (inout CodeWriter) -> Void) -> String {
        var w = CodeWriter()
        for line in module.header { w.line(line) }
        w.line()
        w.line("import AWSRuntime")
        if foundation { w.line("import Foundation") }
        w.line()
        body(&w)
        return w.text
    }
}
