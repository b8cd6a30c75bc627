import Foundation
import PackagePlugin

/// Generates a Swift client from the botocore model in a target at build time.
///
/// The target holds `service-2.json` and optionally `paginators-1.json`, `waiters-2.json`,
/// `endpoint-rule-set-1.json` and `aws-codegen.json`, listed in the target's sources or excluded from
/// them (which silences SwiftPM's warning about unhandled files). The module takes the target's name.
@main
struct AWSCodegenPlugin: BuildToolPlugin {
    /// The model files the generator reads, besides `service-2.json`.
    static let companionFiles = ["paginators-1.json", "waiters-2.json", "endpoint-rule-set-1.json", "aws-codegen.json"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles.map(\.url)
        let service = files.first { $0.lastPathComponent == "service-2.json" }
            ?? target.directoryURL.appending(path: "service-2.json")
        guard FileManager.default.fileExists(atPath: service.path) else {
            throw PluginFailure("target '\(target.name)' has no service-2.json for AWSCodegenPlugin")
        }
        let directory = service.deletingLastPathComponent()
        let companions = Self.companionFiles.map { directory.appending(path: $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let tool = try context.tool(named: "aws-codegen")
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let outputs = ["Client", "Endpoints", "Enums", "Errors", "Paginators", "Shapes", "Waiters"].map { output.appending(path: "\(target.name)\($0).swift") }
        return [
            .buildCommand(
                displayName: "Generating \(target.name) from \(service.path)",
                executable: tool.url,
                arguments: ["generate", directory.path, "--output", output.path, "--module", target.name],
                inputFiles: [service, tool.url] + companions,
                outputFiles: outputs)
        ]
    }
}

/// A plugin error with a message SwiftPM shows.
struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
