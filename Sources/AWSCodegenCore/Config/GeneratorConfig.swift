/// The options of one generation run, read from `aws-codegen.json` or given by the caller.
package struct GeneratorConfig: Sendable, Equatable {
    /// The access level of the generated declarations.
    package enum Access: String, Sendable, CaseIterable {
        case `public`, package, `internal`
    }

    /// Which shapes are `Encodable` and which `Decodable`.
    package enum Coding: String, Sendable, CaseIterable {
        /// Shapes that requests carry are `Encodable`, shapes that responses carry `Decodable`, and shapes that
        /// both carry both (the default).
        case directional
        /// Every shape is both, for code that stores outputs as JSON or builds inputs from it.
        case full
    }

    /// The operations to generate; nil means all of them.
    package var operations: [String]?
    /// The access level of generated declarations.
    package var access: Access = .public
    /// The Swift module name; nil derives it from the model's `serviceId`.
    package var moduleName: String?
    /// An enum to nest every generated type in, so that several models can share one module.
    package var namespace: String?
    /// Which shapes are `Encodable` and which `Decodable`.
    package var coding: Coding = .directional

    package init(
        operations: [String]? = nil, access: Access = .public, moduleName: String? = nil, namespace: String? = nil,
        coding: Coding = .directional
    ) {
        self.operations = operations
        self.access = access
        self.moduleName = moduleName
        self.namespace = namespace
        self.coding = coding
    }

    /// Reads `aws-codegen.json`. Unknown keys and wrong types are errors.
    package static func read(_ document: JSONCDocument) throws -> GeneratorConfig {
        let root = document.rootNode
        guard root.isObject else { throw root.error("expected the config to be a JSON object") }
        var config = GeneratorConfig()
        for (key, node) in try root.members() {
            switch key {
            case "operations":
                config.operations = try node.elements().map { try $0.string() }
            case "namespace":
                let value = try node.string()
                guard SwiftNames.upperCamel(value) == value, !SwiftNames.reservedTypeNames.contains(value) else {
                    throw node.error("namespace '\(value)' is not a plain UpperCamelCase Swift type name")
                }
                config.namespace = value
            case "moduleName":
                let value = try node.string()
                guard SwiftNames.upperCamel(value) == value, !SwiftNames.reservedTypeNames.contains(value) else {
                    throw node.error("moduleName '\(value)' is not a plain UpperCamelCase Swift module name")
                }
                config.moduleName = value
            case "access":
                let value = try node.string()
                guard let access = Access(rawValue: value) else {
                    throw node.error("unknown access '\(value)'; expected public, package or internal")
                }
                config.access = access
            case "coding":
                let value = try node.string()
                guard let coding = Coding(rawValue: value) else {
                    throw node.error("unknown coding '\(value)'; expected directional or full")
                }
                config.coding = coding
            default:
                throw node.error("unknown key '\(key)'; expected operations, access, namespace, moduleName or coding")
            }
        }
        return config
    }
}
