import AWSCodegenCore
import AWSRuntime
import Foundation
import Testing
import TestSupport

/// The same model gives the same bytes, whatever the order of its JSON object keys.
@Suite struct DeterminismTests {
    /// Re-serializes JSON with every object's keys in a shuffled (seeded) order.
    static func shuffled(_ value: JSONValue, _ generator: inout some RandomNumberGenerator) -> String {
        switch value {
        case .object(let object):
            let members = object.keys.sorted().shuffled(using: &generator).map { key in
                JSONValue.string(key).serializedString() + ": " + shuffled(object[key]!, &generator)
            }
            return "{" + members.joined(separator: ", ") + "}"
        case .array(let array):
            return "[" + array.map { shuffled($0, &generator) }.joined(separator: ", ") + "]"
        default:
            return value.serializedString()
        }
    }

    @Test func generatingTwiceGivesTheSameBytes() throws {
        let input = try RepositoryFiles.modelInput("models/docdb-elastic")
        #expect(try Generator.generate(input) == Generator.generate(input))
    }

    @Test(arguments: ["models/docdb-elastic", "Tests/Fixtures/features/model"])
    func shufflingKeysGivesTheSameOutput(_ path: String) throws {
        let input = try RepositoryFiles.modelInput(path)
        let expected = try Generator.generate(input)
        let object = try JSONValue.parse(input.service.bytes)
        for seed in [1, 2, 3] as [UInt64] {
            var generator = SeededGenerator(seed: seed)
            var shuffledInput = input
            shuffledInput.service.bytes = Array(Self.shuffled(object, &generator).utf8)
            #expect(try Generator.generate(shuffledInput) == expected)
        }
    }
}
