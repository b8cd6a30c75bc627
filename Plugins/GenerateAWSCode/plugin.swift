import Foundation
import PackagePlugin

/// `swift package generate-aws-code`: regenerates `Generated/<Module>` from every model directory in
/// `models/`, in place, and the list of service products in `Package.swift` (`aws-codegen generate-package`).
/// `--check` only reports what would change.
@main
struct GenerateAWSCode: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let check = extractor.extractFlag(named: "check") > 0
        let tool = try context.tool(named: "aws-codegen")
        var toolArguments = ["generate-package", "--package-path", context.package.directoryURL.path]
        if check { toolArguments.append("--check") }
        let process = Process()
        process.executableURL = tool.url
        process.arguments = toolArguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw GenerateFailure() }
    }
}

/// Reported when generation failed or, with `--check`, found changes; the tool printed why.
struct GenerateFailure: Error, CustomStringConvertible {
    var description: String { "aws-codegen generate-package failed; see the messages above" }
}
