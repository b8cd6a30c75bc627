/// Renders a `ModuleIR` into its fixed set of files.
///
/// Each file has type declarations, which go inside `extension <namespace>` when the config sets a
/// namespace, and extensions of those types, which stay at file scope with qualified names.
struct ModuleRenderer {
    let module: ModuleIR

    func render() -> [OutputFile] {
        let names = Generator.outputFileNames(module: module.moduleName, namespaced: module.namespace != nil)
        // No client when the runtime does not speak the model's protocol: the module holds the shapes only.
        let client = ClientRenderer(module: module)
        let renderer = ShapeRenderer(module: module)
        let fixed = [
            file(
                foundation: false, namespaceDeclaration: true,
                types: client.map { client in { client.render(into: &$0) } },
                extensions: client.map { client in
                    { w in
                        client.renderOperations(into: &w)
                        if let transfers = S3TransferRenderer(module: module) {
                            w.line()
                            transfers.render(into: &w)
                        }
                        w.line()
                        client.renderErrorTable(into: &w)
                    }
                }),
            file(foundation: false, extensions: client.map { client in { client.renderEndpoints(into: &$0) } }),
            enumsFile(),
            file(foundation: paginatorsNeedFoundation, extensions: { PaginatorRenderer(module: module).render(into: &$0) }),
            file(foundation: false, extensions: { WaiterRenderer(module: module).render(into: &$0) }),
        ]
        let shapes = (module.structs.map { RenderedShape(shape: .structure($0), renderer: renderer) }
            + module.errors.map { RenderedShape(shape: .error($0), renderer: renderer) }
            + module.unions.map { RenderedShape(shape: .union($0), renderer: renderer) })
            .sorted { $0.name < $1.name }
        // The shapes files sort before the others (`+` before letters), which all go in the last batch.
        let parts =
            module.namespace != nil
            ? [shapes.indices]
            : ShapeParts.split(sizes: shapes.map { Self.codeLines($0.text) }, lastBatchLines: fixed.map(Self.codeLines).reduce(0, +))
        let contents = parts.map { shapesFile(shapes[$0]) } + fixed
        return zip(names, contents).map { OutputFile(name: $0, bytes: $1) }
    }

    /// The enums: each typealias followed by its extension of known values, then the enum of the values lists.
    /// In a namespace, whose extension holds the typealiases, the extensions of known values follow at file scope.
    private func enumsFile() -> [UInt8] {
        let renderer = EnumRenderer(module: module)
        let inNamespace = module.namespace != nil
        return file(
            foundation: false,
            types: module.enums.isEmpty ? nil : { w in
                for enumeration in module.enums {
                    renderer.renderDeclaration(enumeration, into: &w)
                    if !inNamespace { renderer.renderMembers(enumeration, into: &w) }
                    w.line()
                }
                renderer.renderValues(module.enums, into: &w)
            },
            extensions: inNamespace ? { w in
                for (index, enumeration) in module.enums.enumerated() {
                    if index > 0 { w.line() }
                    renderer.renderMembers(enumeration, into: &w)
                }
            } : nil)
    }

    /// A shape that a shapes file declares.
    private enum Shape {
        case structure(StructIR)
        case error(StructIR)
        case union(UnionIR)

        /// The Swift type name.
        var name: String {
            switch self {
            case .structure(let shape), .error(let shape): shape.name
            case .union(let union): union.name
            }
        }

        /// Whether its declaration needs `import Foundation`.
        var needsFoundation: Bool {
            switch self {
            case .structure(let shape), .error(let shape): ModuleRenderer.needsFoundation([shape])
            case .union(let union): union.cases.contains { TypeRenderer.needsFoundation($0.type) }
            }
        }
    }

    /// A shape rendered once: `ShapeParts` weighs the text that the shapes files are then made of.
    private struct RenderedShape {
        var name: String
        /// The declaration, as a shapes file holds it.
        var text: [UInt8]
        var needsFoundation: Bool

        init(shape: Shape, renderer: ShapeRenderer) {
            var w = CodeWriter()
            switch shape {
            case .structure(let structure): renderer.renderStruct(structure, isError: false, into: &w)
            case .error(let error): renderer.renderStruct(error, isError: true, into: &w)
            case .union(let union): renderer.renderUnion(union, into: &w)
            }
            name = shape.name
            text = w.bytes
            needsFoundation = shape.needsFoundation
        }
    }

    /// The lines of `text` that are code, not comments or blank: what the compiler spends its time on.
    static func codeLines(_ text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer(CodeLines.count)
    }

    /// A file of shapes, one blank line between two; a part with no shapes says so and imports nothing.
    private func shapesFile(_ items: some Collection<RenderedShape>) -> [UInt8] {
        if items.isEmpty {
            var w = CodeWriter()
            w.line(verbatim: headerLine)
            w.line()
            w.line("// No shapes fall in this part for this model. Every module has the same files (see ShapeParts).")
            return w.bytes
        }
        var types: [UInt8] = []
        types.reserveCapacity(items.reduce(0) { $0 + $1.text.count + 1 })
        for (index, item) in items.enumerated() {
            if index > 0 { types.append(0x0A) }
            types += item.text
        }
        return file(foundation: items.contains(where: \.needsFoundation), renderedTypes: types)
    }

    private static func needsFoundation(_ shapes: [StructIR]) -> Bool {
        shapes.contains { $0.members.contains { TypeRenderer.needsFoundation($0.type) } }
    }

    /// Whether an items method yields dates or data.
    private var paginatorsNeedFoundation: Bool {
        module.hasClient && module.paginators.contains { $0.items.map { TypeRenderer.needsFoundation($0.elementType) } == true }
    }

    /// The first line of every file.
    private var headerLine: String {
        "// Code generated by aws-codegen from the \(module.service.endpointPrefix) \(module.service.apiVersion) model. DO NOT EDIT."
    }

    private func file(
        foundation: Bool,
        namespaceDeclaration: Bool = false,
        types: ((inout CodeWriter) -> Void)? = nil,
        extensions: ((inout CodeWriter) -> Void)? = nil
    ) -> [UInt8] {
        var typeText = CodeWriter()
        types?(&typeText)
        return file(foundation: foundation, namespaceDeclaration: namespaceDeclaration, renderedTypes: typeText.bytes, extensions: extensions)
    }

    /// A file whose type declarations are already rendered (at file scope, without the namespace).
    private func file(
        foundation: Bool,
        namespaceDeclaration: Bool = false,
        renderedTypes: [UInt8],
        extensions: ((inout CodeWriter) -> Void)? = nil
    ) -> [UInt8] {
        var w = CodeWriter()
        w.line(verbatim: headerLine)
        w.line()
        w.line("@_spi(Generated) import AWSRuntime")
        if module.service.wireProtocol?.isXML == true { w.line("@_spi(Generated) import AWSRuntimeXML") }
        if foundation { w.line("import Foundation") }
        w.line()
        if let namespace = module.namespace, namespaceDeclaration {
            w.docs(["The declarations generated from the \(module.service.title) model."])
            w.line("\(AccessRenderer.modifier(module.access))enum \(namespace) {}")
            w.line()
        }
        if !renderedTypes.isEmpty {
            if let namespace = module.namespace {
                w.block("extension \(namespace)") { $0.lines(renderedTypes) }
            } else {
                w.append(renderedTypes)
            }
        }
        var extensionText = CodeWriter()
        extensions?(&extensionText)
        if !extensionText.bytes.isEmpty {
            if !renderedTypes.isEmpty { w.line() }
            w.append(extensionText.bytes)
        }
        return w.bytes
    }
}

extension ModuleIR {
    /// `name` as seen from file scope: qualified by the namespace, if there is one.
    func qualified(_ name: String) -> String {
        namespace.map { "\($0).\(name)" } ?? name
    }
}
