import AWSCodegenCore
import Foundation
import Testing

/// The build plugin declares the generator's output files ahead of time, from its own copy of the list (a
/// plugin cannot import the generator's library). The two must not drift apart.
@Suite struct PluginOutputListTests {
    /// The plugin's source.
    static func pluginSource() throws -> String {
        try String(contentsOf: RepositoryFiles.root.appendingPathComponent("Plugins/AWSCodegenPlugin/plugin.swift"), encoding: .utf8)
    }

    /// The line of the plugin's source that declares `name`.
    static func declaration(_ name: String) throws -> Substring {
        try #require(try pluginSource().split(separator: "\n").first { $0.contains("static let \(name) = ") }, "plugin.swift declares no \(name) on one line")
    }

    /// The plugin's file suffixes, made as it makes them, from its `shapesFileCount` and `otherSuffixes`.
    static func pluginSuffixes(namespaced: Bool) throws -> [String] {
        let count = try #require(Int(try declaration("shapesFileCount").split(separator: "=").last!.trimmingCharacters(in: .whitespaces)))
        let others = try declaration("otherSuffixes").split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        let shapes = namespaced ? ["+Shapes"] : (1...count).map { String(format: "+Shapes%02d", $0) }
        return shapes + others
    }

    @Test func pluginListsTheGeneratorsOutputFiles() throws {
        #expect(try Self.pluginSuffixes(namespaced: false) == Generator.outputFileSuffixes)
        #expect(try Self.pluginSuffixes(namespaced: true) == Generator.namespacedOutputFileSuffixes)
        // The plugin makes the numbered names the way the test does.
        #expect(try Self.pluginSource().contains(#"$0 < 10 ? "+Shapes0\($0)" : "+Shapes\($0)""#))
    }

    @Test(arguments: [false, true])
    func theGeneratorWritesExactlyTheListedFiles(namespaced: Bool) throws {
        var input = try RepositoryFiles.modelInput("models/docdb-elastic")
        if namespaced { input.config = ModelInput.File(name: "aws-codegen.json", bytes: Array(#"{"namespace": "Docs"}"#.utf8)) }
        let names = try Generator.generate(input, moduleName: "Module").map(\.name)
        #expect(names == Generator.outputFileNames(module: "Module", namespaced: namespaced))
        #expect(names == names.sorted(), "SwiftPM compiles the files in name order, which the layout is made for")
    }
}
