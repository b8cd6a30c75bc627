import AWSCodegenCore
import ArgumentParser
import Foundation

/// The `aws-codegen` command line tool.
@main
struct AWSCodegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aws-codegen",
        abstract: "Generates Swift clients from AWS botocore service models.",
        subcommands: [Generate.self, GeneratePackage.self])
}

/// `aws-codegen generate <model-dir> --output <dir>`, or `--all <botocore-data-dir>`.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate one module from a botocore model directory, or every model of a botocore data directory.",
        discussion: """
            A model directory holds service-2.json (or service-2.json.gz) and optionally paginators-1.json, \
            waiters-2.json, endpoint-rule-set-1.json and aws-codegen.json. In place of the directory, a single \
            model file can be given, such as a Smithy JSON AST model (told from botocore by its top-level \
            "smithy" key). With --all, the directory is a botocore data \
            directory (<service>/<version>/service-2.json[.gz]) and every model goes into <output>/<Module>/. \
            Files are written only when their bytes change.
            """)

    @Argument(help: "The model directory (holds service-2.json) or a model file, or with --all a botocore data directory.")
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

    @Flag(name: .long, help: "Generate every model of a botocore data directory, one module folder each.")
    var all = false

    @Flag(name: .long, help: "With --all: count the paginators that get methods, list those that do not, and fail when one of a module with a client gets none.")
    var reportPaginators = false

    func validate() throws {
        if all && (config != nil || module != nil) {
            throw ValidationError("--all takes neither --config nor --module")
        }
        if reportPaginators && !all {
            throw ValidationError("--report-paginators needs --all")
        }
    }

    func run() throws {
        if all {
            let failed = try AllModels(dataDirectory: modelDirectory, output: output, check: check, reportPaginators: reportPaginators).run()
            if failed { throw ExitCode(1) }
            return
        }
        do {
            let input = try ModelDirectory.read(modelDirectory, config: config)
            let generated = try Generator.generateModule(input, moduleName: module)
            for warning in generated.warnings { Console.error("\(input.service.name): warning: \(warning)") }
            let directory = OutputDirectory(path: moduleFolder ? "\(output)/\(generated.name)" : output)
            let changed = try directory.changes(generated.files)
            let superseded = directory.superseded(module: generated.name, by: generated.files)
            if check {
                guard changed.isEmpty, superseded.isEmpty else {
                    for file in changed { print("\(directory.path)/\(file.name) would change") }
                    for name in superseded { print("\(directory.path)/\(name) would be removed") }
                    throw ExitCode(1)
                }
                return
            }
            try directory.write(changed)
            try directory.remove(superseded)
        } catch let error as GeneratorError {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}

/// Writes to standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
