import AWSCodegenCore
import ArgumentParser
import Foundation

/// The `aws-codegen` command line tool.
@main
struct AWSCodegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aws-codegen",
        abstract: "Generates Swift clients from AWS botocore service models.",
        subcommands: [Generate.self])
}

/// `aws-codegen generate <model-dir> --output <dir>`.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate one module from a botocore model directory.",
        discussion: """
            The directory holds service-2.json and optionally paginators-1.json, endpoint-rule-set-1.json and \
            aws-codegen.json. Files are written only when their bytes change.
            """)

    @Argument(help: "The model directory (holds service-2.json).")
    var modelDirectory: String

    @Option(name: .long, help: "The directory to write the Swift files into.")
    var output: String

    @Option(name: .long, help: "A config file (default: aws-codegen.json in the model directory, if present).")
    var config: String?

    @Option(name: .long, help: "The Swift module name (default: from the model's serviceId).")
    var module: String?

    @Flag(name: .long, help: "Write nothing; exit with status 1 and list the files that would change.")
    var check = false

    @Flag(name: .long, help: "Write into <output>/<module>/ rather than <output>/.")
    var moduleFolder = false

    func run() throws {
        do {
            let input = try ModelDirectory.read(modelDirectory, config: config)
            let files = try Generator.generate(input, moduleName: module)
            let directory = OutputDirectory(path: moduleFolder ? "\(output)/\(try moduleName(files))" : output)
            let changed = try directory.changes(files)
            if check {
                guard changed.isEmpty else {
                    for file in changed { print("\(directory.path)/\(file.name) would change") }
                    throw ExitCode(1)
                }
                return
            }
            try directory.write(changed)
        } catch let error as GeneratorError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

extension Generate {
    /// The module name, read back from the client file's name.
    private func moduleName(_ files: [OutputFile]) throws -> String {
        guard let client = files.first(where: { $0.name.hasSuffix("Client.swift") }) else {
            throw GeneratorError(file: modelDirectory, path: "", message: "no client file was generated")
        }
        return String(client.name.dropLast("Client.swift".count))
    }
}
