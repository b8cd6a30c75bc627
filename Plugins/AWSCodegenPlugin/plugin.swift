import Foundation
import PackagePlugin

/// Generates a Swift client from the botocore model in a target at build time.
///
/// The target holds one `service-2.json` and optionally `paginators-1.json`, `waiters-2.json`,
/// `endpoint-rule-set-1.json` and `aws-codegen.json` beside it, listed in the target's sources or excluded from
/// them (which silences SwiftPM's warning about unhandled files). The module takes the target's name.
@main
struct AWSCodegenPlugin: BuildToolPlugin {
    /// The model files the generator reads, besides `service-2.json`.
    static let companionFiles = ["paginators-1.json", "waiters-2.json", "endpoint-rule-set-1.json", "aws-codegen.json"]

    /// The suffixes of the files the generator writes for a module, as `Generator.outputFileNames` lists them
    /// (a plugin cannot import the generator's library; `PluginOutputListTests` keeps the lists equal): 46
    /// numbered shapes files and five others, or, for a module in a namespace, one shapes file and the five.
    static let shapesFileCount = 46
    static let otherSuffixes = ["Client", "Endpoints", "Enums", "Paginators", "Waiters"]

    static func outputSuffixes(namespaced: Bool) -> [String] {
        let shapes = namespaced ? ["+Shapes"] : (1...shapesFileCount).map { $0 < 10 ? "+Shapes0\($0)" : "+Shapes\($0)" }
        return shapes + otherSuffixes
    }

    /// Whether the config sets a namespace. A config the generator cannot read counts as none: the generator
    /// then reports what is wrong with it.
    static func setsNamespace(_ config: URL) -> Bool {
        guard let data = try? Data(contentsOf: config),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        return object["namespace"] != nil
    }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let service = try Self.serviceModel(in: target)
        let directory = service.deletingLastPathComponent()
        let companions = Self.companionFiles.map { directory.appending(path: $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let tool = try context.tool(named: "aws-codegen")
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let namespaced = Self.setsNamespace(directory.appending(path: "aws-codegen.json"))
        let outputs = Self.outputSuffixes(namespaced: namespaced).map { output.appending(path: "\(target.name)\($0).swift") }
        return [
            .buildCommand(
                displayName: "Generating \(target.name) from \(service.path)",
                executable: tool.url,
                arguments: ["generate", directory.path, "--output", output.path, "--module", target.name],
                inputFiles: [service, tool.url] + companions,
                outputFiles: outputs)
        ]
    }

    /// The target's one `service-2.json`, whether listed in its sources or excluded from them, at any depth.
    static func serviceModel(in target: SourceModuleTarget) throws -> URL {
        let root = target.directoryURL
        let listed = target.sourceFiles.map(\.url).filter { $0.lastPathComponent == "service-2.json" }
        let onDisk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent == "service-2.json" } ?? []
        let models = Set((listed + onDisk).map { $0.standardizedFileURL.path }).sorted()
        switch models.count {
        case 1:
            return URL(fileURLWithPath: models[0])
        case 0:
            throw PluginFailure("target '\(target.name)' applies AWSCodegenPlugin but has no service-2.json in \(root.path)")
        default:
            throw PluginFailure(
                "target '\(target.name)' has \(models.count) service-2.json files; AWSCodegenPlugin makes one module "
                    + "from one model, so give each model its own target: " + models.joined(separator: ", "))
        }
    }
}

/// A plugin error with a message SwiftPM shows.
struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
