import ArgumentParser
import Foundation
import Testing

@testable import aws_codegen

/// The `generate` command: writing only changed files, `--check`, and no output on errors.
@Suite struct GenerateCommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let model = repository.appendingPathComponent("models/docdb-elastic").path

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aws-codegen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: [String]) throws {
        var command = try Generate.parse(arguments)
        try command.run()
    }

    static func exitCode(_ arguments: [String]) -> Int32 {
        do {
            try run(arguments)
            return 0
        } catch let error as ExitCode {
            return error.rawValue
        } catch {
            return -1
        }
    }

    @Test func writesOnlyFilesWhoseBytesChange() throws {
        let output = try Self.temporaryFolder().appendingPathComponent("out")
        try Self.run([Self.model, "--output", output.path])
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["Aggregates", "Client", "Endpoints", "Enums", "Errors", "Inputs", "Outputs", "Paginators", "Shapes", "Waiters"].map { "DocDBElastic\($0).swift" })
        let client = output.appendingPathComponent("DocDBElasticClient.swift")
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: client.path)
        try Self.run([Self.model, "--output", output.path])
        let modified = try FileManager.default.attributesOfItem(atPath: client.path)[.modificationDate] as? Date
        #expect(modified == old)
    }

    @Test func checkReportsDriftAndWritesNothing() throws {
        let output = try Self.temporaryFolder()
        #expect(Self.exitCode([Self.model, "--output", output.path, "--check"]) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
        try Self.run([Self.model, "--output", output.path])
        #expect(Self.exitCode([Self.model, "--output", output.path, "--check"]) == 0)
    }

    @Test func badInputFailsWithoutPartialOutput() throws {
        let folder = try Self.temporaryFolder()
        let model = folder.appendingPathComponent("model")
        try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
        try Data(#"{"metadata": {"apiVersion": "1", "endpointPrefix": "x", "protocol": "rest-json"}, "shapes": {"A": {"type": "list"}}}"#.utf8)
            .write(to: model.appendingPathComponent("service-2.json"))
        let output = folder.appendingPathComponent("out")
        #expect(Self.exitCode([model.path, "--output", output.path]) == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(Self.exitCode([folder.appendingPathComponent("missing").path, "--output", output.path]) == 1)
    }

    @Test func configAndModuleOptions() throws {
        let folder = try Self.temporaryFolder()
        let config = folder.appendingPathComponent("config.json")
        try Data(#"{"operations": ["CreateClusterSnapshot"], "access": "internal"}"#.utf8).write(to: config)
        try Self.run([Self.model, "--output", folder.path, "--config", config.path, "--module", "Snapshots", "--module-folder"])
        let client = try String(contentsOf: folder.appendingPathComponent("Snapshots/SnapshotsClient.swift"), encoding: .utf8)
        #expect(client.contains("struct SnapshotsClient: SnapshotsAPI"))
        #expect(!client.contains("public "))
        #expect(!client.contains("func createCluster("))
    }

    @Test func unknownArgumentsAreRejected() {
        #expect(throws: (any Error).self) { try Generate.parse([Self.model, "--output", "x", "--bogus"]) }
        #expect(throws: (any Error).self) { try Generate.parse([Self.model]) }
    }
}
