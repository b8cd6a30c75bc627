import AWSCodegenCore
import Foundation
import Testing

/// The build plugin declares the generator's output files ahead of time, from its own copy of the list (a
/// plugin cannot import the generator's library). The two must not drift apart.
@Suite struct PluginOutputListTests {
    /// The string literals of the plugin's `outputSuffixes` array.
    static func pluginSuffixes() throws -> [String] {
        let source = try String(
            contentsOf: RepositoryFiles.root.appendingPathComponent("Plugins/AWSCodegenPlugin/plugin.swift"), encoding: .utf8)
        let declaration = try #require(
            source.split(separator: "\n").first { $0.contains("static let outputSuffixes = [") },
            "plugin.swift declares no outputSuffixes array on one line")
        let array = declaration[declaration.firstIndex(of: "[")!...]
        return array.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test func pluginListsTheGeneratorsOutputFiles() throws {
        #expect(try Self.pluginSuffixes() == Generator.outputFileSuffixes)
    }

    @Test func theGeneratorWritesExactlyTheListedFiles() throws {
        let input = try RepositoryFiles.modelInput("models/docdb-elastic")
        let names = try Generator.generate(input, moduleName: "Module").map(\.name)
        #expect(names == Generator.outputFileNames(module: "Module"))
    }
}
