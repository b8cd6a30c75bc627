import AWSCodegenCore
import ArgumentParser
import Foundation

/// `aws-codegen generate-package`: regenerates a package's checked-in clients, one module folder in
/// `Generated/` per model folder in `models/`, and the marked list of those modules in `Package.swift`.
struct GeneratePackage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-package",
        abstract: "Regenerate Generated/<Module>/ from every folder of models/, and the list of services in Package.swift.",
        discussion: """
            Each folder of <package>/models/ holds a botocore model (service-2.json and optionally \
            paginators-1.json, waiters-2.json, endpoint-rule-set-1.json and aws-codegen.json). Its module goes \
            into <package>/Generated/<Module>/, and the module names go between the \
            '\(PackageManifest.beginMarker)' and '\(PackageManifest.endMarker)' lines of <package>/Package.swift, \
            with those whose protocol is query, ec2 or rest-xml also in 'generatedXMLServices', whose targets \
            depend on AWSRuntimeXML. \
            A module folder of Generated/ that no model makes any more is removed. Files are written only when \
            their bytes change, and nothing is written when any model fails.
            """)

    @Option(name: .long, help: "The package's root directory.")
    var packagePath = "."

    @Flag(name: .long, help: "Write nothing; exit with status 1 and list what would change.")
    var check = false

    func run() throws {
        do {
            let changes = try PackageGeneration(root: packagePath).changes()
            if check {
                guard changes.isEmpty else {
                    for change in changes.descriptions { print(change) }
                    throw ExitCode(1)
                }
                return
            }
            try changes.apply()
        } catch let error as GeneratorError {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}

/// What regenerating a package's clients would change, worked out before anything is written.
struct PackageGeneration {
    let root: String

    var modelsDirectory: String { root + "/models" }
    var generatedDirectory: String { root + "/Generated" }
    var manifestPath: String { root + "/Package.swift" }

    /// The files to write and the folders to remove.
    struct Changes {
        var files: [(directory: OutputDirectory, files: [OutputFile])] = []
        var manifest: (path: String, text: String)?
        var staleFolders: [String] = []
        /// Files of an earlier layout in a module's folder.
        var supersededFiles: [(directory: OutputDirectory, names: [String])] = []

        var isEmpty: Bool { files.isEmpty && manifest == nil && staleFolders.isEmpty && supersededFiles.isEmpty }

        /// One line per change, as `--check` prints them.
        var descriptions: [String] {
            files.flatMap { entry in entry.files.map { "\(entry.directory.path)/\($0.name) would change" } }
                + (manifest.map { ["\($0.path) would change (its list of generated services)"] } ?? [])
                + staleFolders.map { "\($0) would be removed (no model in models/ makes it)" }
                + supersededFiles.flatMap { entry in entry.names.map { "\(entry.directory.path)/\($0) would be removed (an earlier layout)" } }
        }

        func apply() throws {
            for entry in files { try entry.directory.write(entry.files) }
            for entry in supersededFiles { try entry.directory.remove(entry.names) }
            if let manifest {
                try OutputDirectory(path: (manifest.path as NSString).deletingLastPathComponent)
                    .write([OutputFile(name: (manifest.path as NSString).lastPathComponent, contents: manifest.text)])
            }
            for folder in staleFolders {
                do {
                    try FileManager.default.removeItem(atPath: folder)
                } catch {
                    throw GeneratorError(file: folder, path: "", message: "cannot remove the stale module folder: \(error.localizedDescription)")
                }
            }
        }
    }

    func changes() throws -> Changes {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: modelsDirectory) else {
            throw GeneratorError(file: modelsDirectory, path: "", message: "no such directory")
        }
        let modelFolders = entries.sorted().filter { manager.fileExists(atPath: "\(modelsDirectory)/\($0)/service-2.json") }
        var changes = Changes()
        var owners: [String: String] = [:]
        var xmlModules = Set<String>()
        for folder in modelFolders {
            let path = "\(modelsDirectory)/\(folder)"
            let module = try Generator.generateModule(try ModelDirectory.read(path, config: nil))
            for warning in module.warnings { Console.error("\(path)/service-2.json: warning: \(warning)") }
            if let owner = owners[module.name] {
                throw GeneratorError(
                    file: path + "/service-2.json", path: "",
                    message: "makes module \(module.name), as models/\(owner) does; set \"moduleName\" in one of their aws-codegen.json")
            }
            owners[module.name] = folder
            if module.usesXMLRuntime { xmlModules.insert(module.name) }
            let directory = OutputDirectory(path: "\(generatedDirectory)/\(module.name)")
            let changed = try directory.changes(module.files)
            if !changed.isEmpty { changes.files.append((directory, changed)) }
            let superseded = directory.superseded(module: module.name, by: module.files)
            if !superseded.isEmpty { changes.supersededFiles.append((directory, superseded)) }
        }
        guard let manifestData = manager.contents(atPath: manifestPath) else {
            throw GeneratorError(file: manifestPath, path: "", message: "cannot read the package manifest")
        }
        let manifestText = String(decoding: manifestData, as: UTF8.self)
        let updated = try PackageManifest(path: manifestPath, text: manifestText).settingModules(Array(owners.keys), xmlModules: xmlModules)
        if updated != manifestText { changes.manifest = (manifestPath, updated) }
        changes.staleFolders = try staleFolders(keeping: Set(owners.keys))
        return changes
    }

    /// The folders of `Generated/` that no model makes. Only a folder that holds nothing but a module's generated
    /// files is removed; any other is an error, so that no hand-written file is lost.
    private func staleFolders(keeping modules: Set<String>) throws -> [String] {
        let manager = FileManager.default
        let folders = (try? manager.contentsOfDirectory(atPath: generatedDirectory)) ?? []
        return try folders.sorted().filter { !modules.contains($0) }.compactMap { name in
            let path = "\(generatedDirectory)/\(name)"
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            let files = Set((try? manager.contentsOfDirectory(atPath: path)) ?? [])
            guard files.isSubset(of: Generator.everyOutputFileName(module: name)) else {
                throw GeneratorError(
                    file: path, path: "",
                    message: "no model in models/ makes module \(name), and the folder holds files the generator did not write; remove it by hand")
            }
            return path
        }
    }
}
