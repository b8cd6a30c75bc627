import Foundation
import PackagePlugin

/// `swift package generate-aws-code`: regenerates `Generated/<Module>` from every model directory in
/// `models/`, in place. `--check` only reports the files that would change.
@main
struct GenerateAWSCode: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let check = extractor.extractFlag(named: "check") > 0
        let tool = try context.tool(named: "aws-codegen")
        let root = context.package.directoryURL
        let models = root.appending(path: "models")
        let directories = try FileManager.default.contentsOfDirectory(atPath: models.path).sorted()
        var failed = false
        for name in directories {
            let directory = models.appending(path: name)
            guard FileManager.default.fileExists(atPath: directory.appending(path: "service-2.json").path) else { continue }
            var arguments = ["generate", directory.path, "--output", root.appending(path: "Generated").path, "--module-folder"]
            if check { arguments.append("--check") }
            let process = Process()
            process.executableURL = tool.url
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 { failed = true }
        }
        if failed { throw GenerateFailure() }
    }
}

/// Reported when a model failed to generate; the tool printed why.
struct GenerateFailure: Error, CustomStringConvertible {
    var description: String { "aws-codegen failed; see the errors above" }
}
