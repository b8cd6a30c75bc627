@testable import AWSCodegenCore
import TestSupport
import Testing

/// A module's shapes are cut into 46 files so that, on two cores, SwiftPM's first compile batch (the first 17
/// files in name order) gets the emit-module job's share of the code (a tenth), and the second and third
/// batches share the rest.
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

    @Test(arguments: [(40, 3), (120, 6), (300, 2), (2000, 4)])
    func theBatchesGetTheirShares(nested count: Int, members: Int) throws {
        let files = try Self.files(nested: count, members: members)
        let names = files.keys.sorted()
        try #require(names == Generator.outputFileNames(module: "Svc"))
        let lines = names.map { CodeLines.count(files[$0]!) }
        let batches = [lines[0..<17], lines[17..<34], lines[34...]].map { $0.reduce(0, +) }
        let total = batches.reduce(0, +)
        // A batch is off its share by at most one nested shape (each the same size here).
        let shape = Double(CodeLines.count(files["Svc+Shapes01.swift"]!)) / Double(try #require(Self.shapeCount(files["Svc+Shapes01.swift"]!)))
        #expect(abs(Double(batches[0]) - 0.1 * Double(total)) <= shape, "first batch \(batches[0]) of \(total) code lines")
        #expect(abs(batches[1] - batches[2]) <= Int(2 * shape), "second and third batches \(batches[1]) and \(batches[2])")
        // Each nested shape is declared once.
        let declared = files.values.map { $0.components(separatedBy: "public struct N").count - 1 }.reduce(0, +)
        #expect(declared == count)
    }

    @Test(arguments: [0, 1, 5, 80, 400, 5000])
    func thePartsCoverTheShapesInOrder(count: Int) {
        var random = SeededGenerator(seed: UInt64(count))
        let sizes = (0..<count).map { _ in Int.random(in: 1...200, using: &random) }
        let parts = ShapeParts.split(sizes: sizes, lastBatchLines: 300)
        #expect(parts.count == ShapeParts.count)
        #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == count)
        #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        // No part but a batch's last is under the minimum: the batch then has fewer parts.
        var start = 0
        for batchParts in ShapeParts.partsPerBatch {
            let batch = parts[start..<start + batchParts].filter { !$0.isEmpty }
            for part in batch.dropLast() {
                #expect(sizes[part].reduce(0, +) >= ShapeParts.minimumPartLines - 200)
            }
            start += batchParts
        }
    }

    /// How many nested structures a file declares.
    static func shapeCount(_ file: String) -> Int? {
        let count = file.components(separatedBy: "public struct N").count - 1
        return count > 0 ? count : nil
    }
}
