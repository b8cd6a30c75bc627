import Foundation
import Testing

@testable import aws_codegen

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `generate --all` skips a model when its input files, its module folder and the generator are as the last run
/// into the same folder left them, and generates it again when any of them changed.
@Suite struct GenerationStateTests {
    static let brokenModel = "{"

    /// A data directory with one model, `svc/2021-01-01`, and an output folder inside it.
    static func dataDirectory() throws -> (data: URL, model: URL, output: URL) {
        let data = try GenerateCommandTests.temporaryFolder()
        try AllModelsNamingTests.writeModel(data, service: "svc", version: "2021-01-01", serviceId: "Svc")
        return (data, data.appendingPathComponent("svc/2021-01-01/service-2.json"), data.appendingPathComponent("out"))
    }

    static func generateAll(_ data: URL, _ output: URL, _ extra: [String] = []) -> Int32 {
        GenerateCommandTests.exitCode(["--all", data.path, "--output", output.path] + extra)
    }

    /// Replaces the bytes of the file at `url` with as many others, keeping its modification time, so that only
    /// reading it tells the difference.
    static func replaceKeepingStamp(_ url: URL, with text: String) throws {
        var status = stat()
        #expect(stat(url.path, &status) == 0)
        let size = try Data(contentsOf: url).count
        try Data(text.padding(toLength: size, withPad: " ", startingAt: 0).utf8).write(to: url)
        #if canImport(Darwin)
        var times = [status.st_atimespec, status.st_mtimespec]
        #else
        var times = [status.st_atim, status.st_mtim]
        #endif
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
    }

    @Test func skipsAModelNothingChangedForAndReadsItAgainOnceItChanges() throws {
        let (data, model, output) = try Self.dataDirectory()
        #expect(Self.generateAll(data, output) == 0)
        // Broken, but with the same size and time: the run does not read it.
        try Self.replaceKeepingStamp(model, with: Self.brokenModel)
        #expect(Self.generateAll(data, output) == 0)
        // Touched: it is read again, and fails.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: model.path)
        #expect(Self.generateAll(data, output) == 1)
        // A model that failed is not recorded, so it is read (and fails) every run.
        #expect(Self.generateAll(data, output) == 1)
    }

    @Test func aNewInputFileCountsAsAChange() throws {
        let (data, model, output) = try Self.dataDirectory()
        #expect(Self.generateAll(data, output) == 0)
        try Self.replaceKeepingStamp(model, with: Self.brokenModel)
        try Data(#"{"pagination": {}}"#.utf8).write(to: model.deletingLastPathComponent().appendingPathComponent("paginators-1.json"))
        #expect(Self.generateAll(data, output) == 1)
    }

    @Test func rewritesAnEditedOrMissingOutputFile() throws {
        let (data, _, output) = try Self.dataDirectory()
        #expect(Self.generateAll(data, output) == 0)
        let client = output.appendingPathComponent("Svc/SvcClient.swift")
        let original = try Data(contentsOf: client)
        try Data("// edited\n".utf8).write(to: client)
        #expect(Self.generateAll(data, output) == 0)
        #expect(try Data(contentsOf: client) == original)
        try FileManager.default.removeItem(at: client)
        #expect(Self.generateAll(data, output) == 0)
        #expect(try Data(contentsOf: client) == original)
    }

    /// `--check` compares every file whatever the state says; a normal run, like `make`, trusts size and time.
    @Test func checkComparesEveryFile() throws {
        let (data, _, output) = try Self.dataDirectory()
        #expect(Self.generateAll(data, output) == 0)
        let client = output.appendingPathComponent("Svc/SvcClient.swift")
        try Self.replaceKeepingStamp(client, with: "// same size, same time")
        #expect(Self.generateAll(data, output) == 0)
        #expect(try String(contentsOf: client, encoding: .utf8).hasPrefix("// same size, same time"))
        #expect(Self.generateAll(data, output, ["--check"]) == 1)
    }

    /// A skipped model whose module folder a new model takes is generated again under its new name.
    @Test func aSkippedModelThatIsRenamedIsGeneratedAgain() throws {
        let (data, _, output) = try Self.dataDirectory()
        try AllModelsNamingTests.writeModel(data, service: "svc", version: "2019-01-01", serviceId: "Svc")
        #expect(Self.generateAll(data, output) == 0)
        try AllModelsNamingTests.writeModel(data, service: "aaa", version: "2020-01-01", serviceId: "Svc")
        #expect(Self.generateAll(data, output) == 0)
        for (module, origin) in [("Svc", "aaa 2020-01-01"), ("Svc_svc", "svc 2021-01-01"), ("Svc_svc_20190101", "svc 2019-01-01")] {
            let client = try String(contentsOf: output.appendingPathComponent("\(module)/\(module)Client.swift"), encoding: .utf8)
            #expect(client.hasPrefix("// Code generated by aws-codegen from the \(origin) model."), "\(module)")
        }
    }

    @Test func aStateFileThatCannotBeReadMeansEveryModelIsGenerated() throws {
        let (data, model, output) = try Self.dataDirectory()
        #expect(Self.generateAll(data, output) == 0)
        let stateFile = output.appendingPathComponent(GenerationState.fileName)
        let saved = try String(contentsOf: stateFile, encoding: .utf8)
        #expect(GenerationState(text: saved)?.text == saved)
        try Self.replaceKeepingStamp(model, with: Self.brokenModel)
        for garbage in ["", "aws-codegen state 1\nmodel\tx\n", "aws-codegen state 1\ngenerator\t1\t2\n", saved.replacingOccurrences(of: "input\t-", with: "input\tx")] {
            #expect(GenerationState(text: garbage) == nil, "\(garbage)")
            try Data(garbage.utf8).write(to: stateFile)
            #expect(Self.generateAll(data, output) == 1)
        }
    }

    @Test func anotherGeneratorMakesEveryEntryStale() throws {
        let (data, _, output) = try Self.dataDirectory()
        #expect(Self.generateAll(data, output) == 0)
        let state = GenerationState.load(output: output.path)
        let path = try #require(state.entries.keys.first)
        let inputs = GenerationState.inputStamps(of: path)
        let generator = GenerationState.currentGenerator()
        #expect(state.upToDateEntry(for: path, inputs: inputs, output: output.path, generator: generator) != nil)
        var other = try #require(generator)
        other.nanoseconds += 1
        #expect(state.upToDateEntry(for: path, inputs: inputs, output: output.path, generator: other) == nil)
    }
}
