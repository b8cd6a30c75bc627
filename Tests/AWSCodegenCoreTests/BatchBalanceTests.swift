@testable import AWSCodegenCore
import Testing

/// The nested shapes are split between `Aggregates` and `Shapes` so that SwiftPM's first compile batch (the first
/// five files in name order) has the code lines of the second plus the emit-module job's share (a tenth of
/// both), which the second batch waits for: the first batch gets 55% of the lines.
@Suite struct BatchBalanceTests {
    /// The generated files of a model whose one operation's input holds `count` nested structures of `members`
    /// members each, by name.
    static func files(nested count: Int, members: Int) throws -> [String: String] {
        let nested = (0..<count).map { index in
            let fields = (0..<members).map { #""F\#($0)": {"shape": "S"}"# }.joined(separator: ", ")
            return #""N\#(index)": {"type": "structure", "members": {\#(fields)}}"#
        }
        let inputMembers = (0..<count).map { #""M\#($0)": {"shape": "N\#($0)"}"# }.joined(separator: ", ")
        let model = """
            {
              "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "protocol": "json", "serviceId": "Svc",
                           "targetPrefix": "Svc", "jsonVersion": "1.0"},
              "operations": {"Put": {"http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "PutIn"}}},
              "shapes": {
                "PutIn": {"type": "structure", "members": {\(inputMembers)}},
                \(nested.joined(separator: ",\n")),
                "S": {"type": "string"}
              }
            }
            """
        let files = try Generator.generate(ModelInput(service: ModelInput.File(name: "service-2.json", bytes: Array(model.utf8))))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    }

    @Test(arguments: [(40, 3), (120, 6), (300, 2)])
    func theFirstBatchGetsTheEmitModuleJobsShare(nested count: Int, members: Int) throws {
        let files = try Self.files(nested: count, members: members)
        let names = files.keys.sorted()
        try #require(names.count == 10)
        let lines = names.map { CodeLines.count(files[$0]!) }
        let first = lines[..<5].reduce(0, +), total = lines.reduce(0, +)
        // A split is off the target by at most one nested shape (each the same size here).
        let nestedLines = ["SvcAggregates.swift", "SvcShapes.swift"].map { CodeLines.count(files[$0]!) }.reduce(0, +)
        let shape = Double(nestedLines) / Double(count)
        #expect(abs(Double(first) - 0.55 * Double(total)) <= shape, "first batch \(first) of \(total) code lines")
    }
}
