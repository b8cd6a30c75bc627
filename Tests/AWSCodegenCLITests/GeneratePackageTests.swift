import AWSCodegenCore
import ArgumentParser
import Foundation
import Testing

@testable import aws_codegen

/// `generate-package`: a model folder added to `models/` becomes a module in `Generated/` and a name in
/// `Package.swift`'s list of services, with no hand edit.
@Suite struct GeneratePackageTests {
    static let manifest = """
        // swift-tools-version: 6.1
        import PackageDescription

        \(PackageManifest.beginMarker)
        let generatedServices: [String] = []
        \(PackageManifest.endMarker)

        let package = Package(name: "p", targets: generatedServices.map { .target(name: $0, path: "Generated/\\($0)") })

        """

    /// A package folder with a manifest and the given models copied from the repository's `models/`.
    static func package(models: [String], manifest: String = manifest) throws -> URL {
        let root = try GenerateCommandTests.temporaryFolder()
        try manifest.write(to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        let destination = root.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        for model in models {
            try FileManager.default.copyItem(
                at: GenerateCommandTests.repository.appendingPathComponent("models/\(model)"),
                to: destination.appendingPathComponent(model))
        }
        return root
    }

    static func run(_ root: URL, check: Bool = false) throws {
        let command = try GeneratePackage.parse(["--package-path", root.path] + (check ? ["--check"] : []))
        try command.run()
    }

    static func listedServices(_ root: URL) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("    \"") }.map { String($0.dropFirst(5).dropLast(2)) }
    }

    @Test func addingAModelAddsItsModuleAndProduct() throws {
        let root = try Self.package(models: ["docdb-elastic"])
        try Self.run(root)
        #expect(try Self.listedServices(root) == ["DocDBElastic"])
        // Neither model speaks an XML protocol, so no target depends on AWSRuntimeXML.
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains("\nlet generatedXMLServices: Set<String> = []\n"))

        try FileManager.default.copyItem(
            at: GenerateCommandTests.repository.appendingPathComponent("models/sso"),
            to: root.appendingPathComponent("models/sso"))
        #expect(throws: ExitCode(1)) { try Self.run(root, check: true) }
        try Self.run(root)
        #expect(try Self.listedServices(root) == ["DocDBElastic", "SSO"])
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Generated/SSO").path)
        #expect(files.sorted() == Generator.outputFileNames(module: "SSO"))
        try Self.run(root, check: true)
    }

    @Test func removingAModelRemovesItsGeneratedFolder() throws {
        let root = try Self.package(models: ["docdb-elastic", "sso"])
        try Self.run(root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("models/sso"))
        #expect(throws: ExitCode(1)) { try Self.run(root, check: true) }
        try Self.run(root)
        #expect(try Self.listedServices(root) == ["DocDBElastic"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Generated/SSO").path))
    }

    @Test func aStaleFolderWithOtherFilesIsKept() throws {
        let root = try Self.package(models: ["docdb-elastic"])
        let stale = root.appendingPathComponent("Generated/Mine")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try "// hand-written".write(to: stale.appendingPathComponent("Notes.swift"), atomically: true, encoding: .utf8)
        #expect(throws: ExitCode(1)) { try Self.run(root) }
        #expect(FileManager.default.fileExists(atPath: stale.appendingPathComponent("Notes.swift").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Generated/DocDBElastic").path))
    }

    @Test func aManifestWithoutMarkersIsAnErrorAndNothingIsWritten() throws {
        let root = try Self.package(models: ["sso"], manifest: "// swift-tools-version: 6.1\n")
        #expect(throws: ExitCode(1)) { try Self.run(root) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Generated").path))
        let error = #expect(throws: GeneratorError.self) { try PackageGeneration(root: root.path).changes() }
        #expect(error?.file == root.path + "/Package.swift")
    }

    @Test func twoModelsMakingOneModuleAreAnError() throws {
        let root = try Self.package(models: ["sso"])
        try FileManager.default.copyItem(at: root.appendingPathComponent("models/sso"), to: root.appendingPathComponent("models/sso-copy"))
        let error = #expect(throws: GeneratorError.self) { try PackageGeneration(root: root.path).changes() }
        #expect(error?.message.contains("makes module SSO, as models/sso does") == true)
        try #"{"moduleName": "SSOCopy"}"#.write(
            to: root.appendingPathComponent("models/sso-copy/aws-codegen.json"), atomically: true, encoding: .utf8)
        try Self.run(root)
        #expect(try Self.listedServices(root) == ["SSO", "SSOCopy"])
    }
}
