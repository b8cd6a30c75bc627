/// The files of one botocore model directory, as bytes, with the names used in errors.
package struct ModelInput {
    /// One input file.
    package struct File {
        package var name: String
        package var bytes: [UInt8]

        package init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// `service-2.json`.
    package var service: File
    /// `paginators-1.json`, if present.
    package var paginators: File?
    /// `waiters-2.json`, if present.
    package var waiters: File?
    /// `endpoint-rule-set-1.json`, if present.
    package var endpointRuleSet: File?
    /// `aws-codegen.json`, if present.
    package var config: File?

    package init(service: File, paginators: File? = nil, waiters: File? = nil, endpointRuleSet: File? = nil, config: File? = nil) {
        self.service = service
        self.paginators = paginators
        self.waiters = waiters
        self.endpointRuleSet = endpointRuleSet
        self.config = config
    }
}

/// A generated source file.
package struct OutputFile: Equatable, Sendable {
    /// The file name, such as `DocDBElasticClient.swift`.
    package var name: String
    /// The file contents, UTF-8.
    package var bytes: [UInt8]

    /// The file contents.
    package var contents: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }

    package init(name: String, contents: String) {
        self.name = name
        bytes = Array(contents.utf8)
    }

    /// A file of the UTF-8 text `bytes`.
    package init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// The output of one model: its files and warnings about what it leaves out.
package struct GeneratedModule: Equatable, Sendable {
    /// The module name.
    package var name: String
    /// The files, always the same names for a module name.
    package var files: [OutputFile]
    /// What the module leaves out, such as an unsupported protocol or event-stream operations.
    package var warnings: [String]
    /// How many of its paginators get methods.
    package var paginators: PaginatorCoverage
    /// Whether its files import `AWSRuntimeXML` (query, ec2 and rest-xml clients), which its target then
    /// depends on.
    package var usesXMLRuntime: Bool
}

/// The generator: a pure function from model files and options to Swift source files.
package enum Generator {
    /// What follows the module name in each generated file's name, in name order; the same for every model
    /// without a namespace (see `ShapeParts` for why there are 51).
    package static let outputFileSuffixes = (1...ShapeParts.count).map { $0 < 10 ? "+Shapes0\($0)" : "+Shapes\($0)" }
        + ["Client", "Endpoints", "Enums", "Paginators", "Waiters"]

    /// The suffixes for a module in a namespace: one shapes file, since such a module shares its target with
    /// others and the compile batches are the target's.
    package static let namespacedOutputFileSuffixes = ["+Shapes", "Client", "Endpoints", "Enums", "Paginators", "Waiters"]

    /// The suffixes of files that earlier versions wrote and this one does not: the CLI removes them.
    package static let retiredOutputFileSuffixes = ["Aggregates", "Errors", "Inputs", "Outputs", "Shapes"]

    /// Every name this generator or an earlier version of it gives a file of module `module`, in any layout, in
    /// name order: a generated file with one of these names that a run no longer writes is left over from another
    /// layout (the CLI removes it), and a folder that holds only such files is a module's.
    package static func everyOutputFileName(module: String) -> [String] {
        Set(outputFileSuffixes + namespacedOutputFileSuffixes + retiredOutputFileSuffixes).map { "\(module)\($0).swift" }.sorted()
    }

    /// The names of the files generated for module `module`, with or without a namespace; the same for every
    /// model. The build plugin repeats the lists (it cannot import this library), and a test keeps them equal.
    package static func outputFileNames(module: String, namespaced: Bool = false) -> [String] {
        (namespaced ? namespacedOutputFileSuffixes : outputFileSuffixes).map { "\(module)\($0).swift" }
    }

    /// Reads, validates and renders `input`; the files only. `moduleName` overrides the name derived from the model.
    package static func generate(_ input: ModelInput, moduleName: String? = nil) throws -> [OutputFile] {
        try generateModule(input, moduleName: moduleName).files
    }

    /// Reads, validates and renders `input`. `moduleName` overrides the name derived from the model.
    package static func generateModule(_ input: ModelInput, moduleName: String? = nil) throws -> GeneratedModule {
        generateModule(try read(input), moduleName: moduleName)
    }

    /// Reads and validates `input`: the model and its config, ready to render under any module name.
    package static func read(_ input: ModelInput) throws -> ReadModel {
        let document = try JSONCDocument(file: input.service.name, bytes: input.service.bytes)
        var model: ServiceModel
        if try SmithyReader.isSmithy(document) {
            model = try SmithyReader.read(document)
        } else {
            model = try ModelReader.read(document)
            try ModelValidator.validate(model, in: document)
        }
        if let paginators = input.paginators {
            model.paginators = try PaginatorReader.read(try JSONCDocument(file: paginators.name, bytes: paginators.bytes))
        }
        if let waiters = input.waiters {
            model.waiters = try WaiterReader.read(
                try JSONCDocument(file: waiters.name, bytes: waiters.bytes), operations: Set(model.operations.keys))
        }
        if let rules = input.endpointRuleSet {
            model.endpointRuleSet = try EndpointRuleSetCheck.checked(rules)
        }
        var config = GeneratorConfig()
        var configDocument: JSONCDocument?
        if let file = input.config {
            let parsed = try JSONCDocument(file: file.name, bytes: file.bytes)
            config = try GeneratorConfig.read(parsed)
            configDocument = parsed
        }
        let selection = try ShapeSelection(model: model, names: config.operations) { index, message in
            configDocument?.error(at: JSONPath([.key("operations"), .index(index)]), message)
                ?? GeneratorError(file: "", path: "operations[\(index)]", message: message)
        }
        return ReadModel(model: model, config: config, selection: selection)
    }

    /// Renders a model read by `read(_:)`, which cannot fail. `moduleName` overrides `read.moduleName`.
    package static func generateModule(_ read: ReadModel, moduleName: String? = nil) -> GeneratedModule {
        let model = read.model
        var config = read.config
        if let moduleName { config.moduleName = moduleName }
        let builder = IRBuilder(model: model, config: config, selection: read.selection)
        let module = builder.build()
        let paginators = PaginatorCoverage(
            withMethods: module.paginators.count,
            gaps: module.paginatorGaps.map { "\($0.operation): \($0.reason)" },
            hasClient: module.hasClient)
        let paginatorWarnings = module.hasClient ? paginators.gaps.map { "paginator \($0); it gets no methods" } : []
        return GeneratedModule(
            name: module.moduleName, files: ModuleRenderer(module: module).render(),
            warnings: model.warnings + builder.warnings + paginatorWarnings, paginators: paginators,
            usesXMLRuntime: module.service.wireProtocol?.isXML == true)
    }
}

/// A model directory read and validated by `Generator.read(_:)`: what rendering needs, whatever the module name.
package struct ReadModel: Sendable {
    var model: ServiceModel
    var config: GeneratorConfig
    /// The operations and shapes the module holds.
    var selection: ShapeSelection

    /// The module name it gets unless told otherwise: the config's, else the service ID in UpperCamelCase.
    package var moduleName: String {
        config.moduleName ?? IRBuilder.defaultModuleName(model.metadata)
    }
}
