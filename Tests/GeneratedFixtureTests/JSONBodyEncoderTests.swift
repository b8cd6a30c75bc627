@_spi(Generated) @testable import AWSRuntime
import FeaturesFixture
import Foundation
import Testing
import TestSupport

/// The request body written straight to JSON is byte for byte what the tree encoder and the sorted JSON
/// writer make, for an input that uses every member kind of the features fixture.
@Suite struct JSONBodyEncoderTests {
    static let tree = TreeEncoder(tokenGenerator: { "token-1" })

    static var input: PutThingRequest {
        FeaturesRequestTests.everyLocation(
            name: "n \"quoted\"\n", date: Date(timeIntervalSince1970: 1_576_540_098.5), metadata: ["Color": "red", "Size": "L"],
            document: .object(["k": .array([.int(1), .bool(true), .null]), "b": .double(0.5), "a": .string("é")]),
            groups: ["g": ["x", "y"], "a": [], "zz": ["z"], "m": ["1"], "B": ["2"]],
            node: Node(children: [Node(value: "child"), Node(children: [], value: "empty")], next: Node(value: "second"), value: "first"))
    }

    /// The tree of `input` without the members in `leftOut`, as text.
    static func treeText<Input: AWSEncodableShape>(_ input: Input, leavingOut leftOut: [AWSMember] = []) throws -> [UInt8] {
        guard case .object(var body) = try tree.encode(input) else { throw CancellationError() }
        for member in leftOut {
            body.removeValue(forKey: member.key)
        }
        return JSONValue.object(body).serialized()
    }

    @Test func everyMemberKindIsWrittenAsTheTreeWritesIt() throws {
        let encoder = JSONBodyEncoder(tree: Self.tree, bindsMembers: false, hostLabels: [])
        let encoded = try #require(try encoder.encode(Self.input))
        #expect(String(decoding: encoded.body, as: UTF8.self) == String(decoding: try Self.treeText(Self.input), as: UTF8.self))
        #expect(encoded.hasMembers)
        #expect(encoded.values.isEmpty)
    }

    @Test func boundMembersAreKeptAsideAndHostLabelsAreBoth() throws {
        let encoder = JSONBodyEncoder(tree: Self.tree, bindsMembers: true, hostLabels: ["name"])
        let encoded = try #require(try encoder.encode(Self.input))
        let bound = PutThingRequest.awsMembers.filter { $0.location != .body }
        #expect(String(decoding: encoded.body, as: UTF8.self)
            == String(decoding: try Self.treeText(Self.input, leavingOut: bound), as: UTF8.self))
        guard case .object(let all) = try Self.tree.encode(Self.input) else { throw CancellationError() }
        for member in bound {
            #expect(encoded.values[member.key] == all[member.key])
        }
        #expect(encoded.values["name"] == .string("n \"quoted\"\n"))
        #expect(encoded.values.count == Set(bound.map(\.key)).intersection(all.keys).count + 1)
    }

    /// Maps are written in key order whatever their size: small ones are put in order by insertion, larger ones
    /// by sorting. Keys share prefixes, differ in case and hold bytes above ASCII, in a seeded random order.
    @Test func mapsOfEverySizeAreWrittenInKeyOrder() throws {
        var random = SeededGenerator(environment: "JSON_MAP_SEED", default: 0x4D41_5053)
        let stems = ["a", "ab", "B", "é", "abc", "Z", "a b", "zz"]
        let encoder = JSONBodyEncoder(tree: Self.tree, bindsMembers: false, hostLabels: [])
        for count in [0, 1, 2, 3, 15, 16, 17, 40] {
            var keys: [String] = []
            while keys.count < count {
                let key = stems.randomElement(using: &random)! + String(Int.random(in: 0..<50, using: &random))
                if !keys.contains(key) { keys.append(key) }
            }
            let metadata = Dictionary(uniqueKeysWithValues: keys.map { ($0, "v-" + $0) })
            let groups = Dictionary(uniqueKeysWithValues: keys.map { ($0, [$0]) })
            let input = FeaturesRequestTests.everyLocation(metadata: metadata, groups: groups)
            let encoded = try #require(try encoder.encode(input))
            #expect(String(decoding: encoded.body, as: UTF8.self) == String(decoding: try Self.treeText(input), as: UTF8.self),
                    "\(count) entries, seed \(random.seed)")
        }
    }

    @Test func anInputWithoutMembersIsAnEmptyObject() throws {
        let encoder = JSONBodyEncoder(tree: Self.tree, bindsMembers: true, hostLabels: [])
        let encoded = try #require(try encoder.encode(AWSEmptyShape()))
        #expect(encoded.body == Array("{}".utf8))
        #expect(!encoded.hasMembers)
    }
}
