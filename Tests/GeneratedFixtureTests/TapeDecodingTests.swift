@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
@_spi(Generated) import FeaturesFixture
import Foundation
import Testing
import TestSupport

/// Responses decoded from their JSON tape, as the client does, against the same bodies decoded from a
/// parsed `JSONValue` tree: random bodies with members in any order, unknown members, nulls, escapes,
/// and values of the wrong type must give the same output, or both fail. (Which error a body with several
/// bad values gives may differ: the tree reads a map's entries in key order, the tape in document order.)
@Suite struct TapeDecodingTests {
    let client = try! FeaturesClient(configuration: .test(AWSStubTransport(), region: "eu-west-1")).client

    @Test func randomResponsesDecodeAsFromTheTree() throws {
        var random = SeededGenerator(environment: "TAPE_SEED", default: 0x7A9E_2026)
        var outcomes: [String: Int] = [:]
        for _ in 0..<400 {
            var body = RandomBody(random: random)
            let scan = body.scanItems()
            let thing = body.putThing()
            random = body.random
            let requestID = "req-\(random.next() % 1000)"
            let status = Int.random(in: 200...299, using: &random)
            let response = { (text: String) in
                AWSHTTPResponse(status: status, headers: AWSHTTPHeaders([("x-amzn-RequestId", requestID)]), body: Array(text.utf8))
            }
            let fromTape = outcome { try client.parseResponse(FeaturesClient.Operations.scanItems, response(scan), as: ScanItemsResponse.self) }
            let fromTree = outcome { try TreeDecoder.response.decode(ScanItemsResponse.self, from: try JSONValue.parse(scan)) }
            #expect(Self.agree(fromTape, fromTree), "seed \(random.seed), body \(scan)")
            let located: [String: JSONValue] = ["requestId": .string(requestID), "status": .int(Int64(status))]
            let thingFromTape = outcome { try client.parseResponse(FeaturesClient.Operations.putThing, response(thing), as: PutThingResponse.self) }
            let thingFromTree = outcome {
                guard case .object(let members) = try JSONValue.parse(thing) else { throw RandomBody.NotAnObject() }
                return try TreeDecoder.response.decode(PutThingResponse.self, from: .object(members.merging(located) { $1 }))
            }
            #expect(Self.agree(thingFromTape, thingFromTree), "seed \(random.seed), body \(thing)")
            for result in [fromTape, thingFromTape] { outcomes[result.hasPrefix("error") ? "error" : "output", default: 0] += 1 }
        }
        // Both kinds of outcome are common, so that the comparison covers each.
        #expect(outcomes["error", default: 0] > 40 && outcomes["output", default: 0] > 200, "\(outcomes)")
    }

    @Test func membersAreFoundInAnyOrderAndThroughEscapedKeys() throws {
        let body = #"{"LastEvaluatedKey": {"k": {"text": "v"}}, "Items": [null, {"a": {"number": 3}, "b": {"nested": {"text": "x\u00e9"}}}], "\u0043ount": 7}"#
        let output = try client.parseResponse(
            FeaturesClient.Operations.scanItems, AWSHTTPResponse(status: 200, headers: AWSHTTPHeaders(), body: Array(body.utf8)),
            as: ScanItemsResponse.self)
        #expect(output.count == 7)
        #expect(output.items?.count == 1)
        guard case .nested(.text(let text))? = output.items?.first?["b"] else { throw RandomBody.NotAnObject() }
        #expect(text == "xé")
        guard case .text(let value)? = output.lastEvaluatedKey?["k"] else { throw RandomBody.NotAnObject() }
        #expect(value == "v")
    }

    @Test func headersAndStatusComeBeforeTheBodyAtTheRootOnly() throws {
        let body = #"{"thingId": "t", "requestId": "from-body", "node": {"value": "v", "requestId": "ignored"}}"#
        let output = try client.parseResponse(
            FeaturesClient.Operations.putThing,
            AWSHTTPResponse(status: 202, headers: AWSHTTPHeaders([("x-amzn-RequestId", "from-header")]), body: Array(body.utf8)),
            as: PutThingResponse.self)
        #expect(output.requestId == "from-header")
        #expect(output.status == 202)
        #expect(output.node?.value == "v")
    }

    @Test func aWrongValueIsReportedWithItsPath() throws {
        let body = #"{"Items": [{"a0": {"text": "t"}, "a1": {"nested": {"number": "x"}}}]}"#
        let response = AWSHTTPResponse(status: 200, headers: AWSHTTPHeaders(), body: Array(body.utf8))
        let error = try #require(throws: AWSResponseDecodingError.self) {
            try client.parseResponse(FeaturesClient.Operations.scanItems, response, as: ScanItemsResponse.self)
        }
        #expect(error.path == "Items[0].a1.nested.number")
        #expect(error.reason == "expected Int, found a string")
    }

    /// A required member the body leaves out reads as its zero value (client error correction).
    @Test func aMissingRequiredMemberIsItsZeroValue() throws {
        let missing = AWSHTTPResponse(status: 200, headers: AWSHTTPHeaders(), body: Array(#"{"node": {"next": {}}}"#.utf8))
        let output = try client.parseResponse(FeaturesClient.Operations.putThing, missing, as: PutThingResponse.self)
        #expect(output.node?.next?.value == "")
    }

    /// Whether two outcomes are the same output, or both errors.
    private static func agree(_ tape: String, _ tree: String) -> Bool {
        tape == tree || (tape.hasPrefix("error") && tree.hasPrefix("error"))
    }

    /// The output's canonical description, or the error, for comparing. (Only whether both failed is compared
    /// for errors; see `agree`.)
    private func outcome<T: AWSDecodableShape>(_ decode: () throws -> T) -> String {
        do {
            return CanonicalDescription.of(try decode())
        } catch {
            return "error \(error)"
        }
    }
}

/// Random JSON bodies for the fixture's ScanItems and PutThing outputs, written as text with members in
/// random order, unknown members, nulls, escapes, and now and then a value of the wrong type.
private struct RandomBody {
    struct NotAnObject: Error {}

    var random: SeededGenerator

    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    mutating func scanItems() -> String {
        var members: [(String, String)] = []
        if chance(80) { members.append(("Count", maybeWrong(String(Int.random(in: -5...500, using: &random))))) }
        if chance(80) {
            let items = (0..<Int.random(in: 0...4, using: &random)).map { _ in chance(10) ? "null" : attributes() }
            members.append(("Items", maybeWrong("[" + items.joined(separator: ", ") + "]")))
        }
        if chance(50) { members.append(("LastEvaluatedKey", attributes())) }
        return object(members)
    }

    mutating func putThing() -> String {
        var members: [(String, String)] = []
        if chance(92) { members.append(("thingId", maybeWrong(string()))) }
        if chance(60) { members.append(("createdAt", maybeWrong(timestamp()))) }
        if chance(60) { members.append(("level", maybeWrong(string()))) }
        if chance(60) { members.append(("node", node(depth: 0))) }
        return object(members)
    }

    mutating func attributes() -> String {
        object((0..<Int.random(in: 0...4, using: &random)).map { index in ("a\(index)", chance(8) ? "null" : choice(depth: 0)) })
    }

    mutating func choice(depth: Int) -> String {
        var members: [(String, String)] = []
        let count = chance(10) ? 2 : 1
        for _ in 0..<count {
            switch random.next() % (depth < 3 ? 5 : 4) {
            case 0: members.append(("at", maybeWrong(timestamp())))
            case 1: members.append(("number", maybeWrong(String(Int.random(in: 1...10, using: &random)))))
            case 2: members.append(("text", maybeWrong(string())))
            case 3: members.append(("other\(random.next() % 3)", junk(depth: 0)))
            default: members.append(("nested", choice(depth: depth + 1)))
            }
        }
        return object(members)
    }

    mutating func node(depth: Int) -> String {
        var members: [(String, String)] = []
        if chance(95) { members.append(("value", maybeWrong(string()))) }
        if depth < 3, chance(40) { members.append(("next", node(depth: depth + 1))) }
        if depth < 3, chance(30) {
            let children = (0..<Int.random(in: 0...3, using: &random)).map { _ in chance(10) ? "null" : node(depth: depth + 1) }
            members.append(("children", "[" + children.joined(separator: ",") + "]"))
        }
        if chance(10) { members.append(("partner", "null")) }
        return object(members)
    }

    mutating func timestamp() -> String {
        switch random.next() % 3 {
        case 0: String(Int.random(in: 0...2_000_000_000, using: &random))
        case 1: String(Double(Int.random(in: 0...2_000_000_000_000, using: &random)) / 1000)
        default: #""2019-12-16T23:48:18.\#(random.next() % 1000)Z""#
        }
    }

    mutating func string() -> String {
        let pieces = ["a", "Z", "é", "😀", #"\n"#, #"\""#, #"\\"#, #"\u00e9"#, #"\ud83d\ude00"#, " ", "-", "/"]
        return "\"" + (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() + "\""
    }

    /// Any JSON value, for unknown members and wrong types.
    mutating func junk(depth: Int) -> String {
        switch random.next() % (depth < 2 ? 8 : 6) {
        case 0: "null"
        case 1: "true"
        case 2: "-12.5e3"
        case 3: "42"
        case 4: string()
        case 5: "\"NaN\""
        case 6: "[" + (0..<Int.random(in: 0...3, using: &random)).map { _ in junk(depth: depth + 1) }.joined(separator: ",") + "]"
        default: object((0..<Int.random(in: 0...3, using: &random)).map { ("j\($0)", junk(depth: depth + 1)) })
        }
    }

    /// `value`, or now and then a value of another kind.
    mutating func maybeWrong(_ value: String) -> String {
        chance(3) ? junk(depth: 0) : value
    }

    /// An object of `members` in random order with an unknown member now and then, some keys escaped.
    mutating func object(_ members: [(String, String)]) -> String {
        var seen = Set<String>()
        var members = members.filter { seen.insert($0.0).inserted }
        if chance(20) { members.append(("unknown\(random.next() % 100)", junk(depth: 0))) }
        members.shuffle(using: &random)
        let text = members.map { key, value in
            var key = key
            if chance(10), let first = key.unicodeScalars.first {
                key = String(format: "\\u%04x", first.value) + key.dropFirst()
            }
            return "\"\(key)\":\(chance(50) ? " " : "")\(value)"
        }
        return "{" + text.joined(separator: ",") + "}"
    }
}
