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
        let inputs = Set(module.operations.compactMap(\.inputType))
        let outputs = Set(module.operations.compactMap(\.outputType))
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
                    }
                }),
            file(foundation: false, extensions: client.map { client in { client.renderEndpoints(into: &$0) } }),
            enumsFile(),
            file(
                foundation: Self.needsFoundation(module.errors),
                types: { w in
                    for (index, error) in module.errors.enumerated() {
                        if index > 0 { w.line() }
                        shapes.renderStruct(error, isError: true, into: &w)
                    }
                },
                extensions: client.map { client in { client.renderErrorTable(into: &$0) } }),
            shapesFile(module.structs.filter { inputs.contains($0.name) }.map { RenderedShape(shape: .structure($0), renderer: shapes) }),
            shapesFile(module.structs.filter { outputs.contains($0.name) && !inputs.contains($0.name) }
                .map { RenderedShape(shape: .structure($0), renderer: shapes) }),
            file(foundation: paginatorsNeedFoundation, extensions: { PaginatorRenderer(module: module).render(into: &$0) }),
            file(foundation: false, extensions: { WaiterRenderer(module: module).render(into: &$0) }),
        ]
        let nested = (module.structs.filter { !inputs.contains($0.name) && !outputs.contains($0.name) }.map(NestedShape.structure)
            + module.unions.map(NestedShape.union)).map { RenderedShape(shape: $0, renderer: shapes) }
        // `fixed` holds Client, Endpoints, Enums, Errors | Inputs, Outputs, Paginators, Waiters.
        let split = balancedSplit(nested, firstBatch: fixed[0..<4], secondBatch: fixed[4...])
        let contents = [shapesFile(nested[..<split])] + fixed[0..<7] + [shapesFile(nested[split...]), fixed[7]]
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

    /// A structure or a union that is neither an operation input nor an operation output.
    private enum NestedShape {
        case structure(StructIR)
        case union(UnionIR)

        /// Whether its declaration needs `import Foundation`.
        var needsFoundation: Bool {
            switch self {
            case .structure(let shape): ModuleRenderer.needsFoundation([shape])
            case .union(let union): union.cases.contains { TypeRenderer.needsFoundation($0.type) }
            }
        }
    }

    /// A nested shape rendered once: `balancedSplit` measures the text that the shapes files are then made of.
    private struct RenderedShape {
        /// The declaration, as a shapes file holds it.
        var text: [UInt8]
        var needsFoundation: Bool

        init(shape: NestedShape, renderer: ShapeRenderer) {
            var w = CodeWriter()
            switch shape {
            case .structure(let structure): renderer.renderStruct(structure, isError: false, into: &w)
            case .union(let union): renderer.renderUnion(union, into: &w)
            }
            text = w.bytes
            needsFoundation = shape.needsFoundation
        }
    }

    /// How many of `nested`, in name order, go in `<Module>Aggregates.swift`; the rest go in
    /// `<Module>Shapes.swift`.
    ///
    /// SwiftPM compiles a module's files on two cores as two batches of consecutive files, in name order: the
    /// first five of the ten (Aggregates, Client, Endpoints, Enums, Errors) and the last five (Inputs, Outputs,
    /// Paginators, Shapes, Waiters). The first batch starts beside the emit-module job and the second when that
    /// job ends, so that one core does not wait for the other the split gives the first batch the lines of code
    /// of the second plus the emit-module job's share. A module with more cores gets two smaller files.
    private func balancedSplit(_ nested: [RenderedShape], firstBatch: ArraySlice<[UInt8]>, secondBatch: ArraySlice<[UInt8]>) -> Int {
        // A shape weighs its code lines; the two shapes files' own lines (the imports) about cancel out.
        let sizes = nested.map { Self.codeLines($0.text) }
        var first = firstBatch.map(Self.codeLines).reduce(0, +)
        var second = secondBatch.map(Self.codeLines).reduce(0, +) + sizes.reduce(0, +)
        // The emit-module job, counted with the second batch, which waits for it.
        let emitModule = (first + second) * Self.emitModulePercent / 100
        second += emitModule
        var split = 0
        // Moves shapes to the first batch while that narrows the difference.
        while split < sizes.count, abs(first + sizes[split] - (second - sizes[split])) < abs(first - second) {
            first += sizes[split]
            second -= sizes[split]
            split += 1
        }
        return split
    }

    /// The emit-module job's time as a share of the two compile batches': DynamoDB's took 0.57 s of CPU beside
    /// 5.55 s for the batches (each file compiled alone: `Aggregates` 0.65 ms of CPU per code line, `Inputs`
    /// 0.72, `Enums` 0.51).
    private static var emitModulePercent: Int { 10 }

    /// The lines of `text` that are code, not comments or blank: what the compiler spends its time on.
    static func codeLines(_ text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer(CodeLines.count)
    }

    /// A file of structures and unions, one blank line between two.
    private func shapesFile(_ items: some Collection<RenderedShape>) -> [UInt8] {
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
        w.line("// Code generated by aws-codegen from the \(module.service.endpointPrefix) \(module.service.apiVersion) model. DO NOT EDIT.")
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
