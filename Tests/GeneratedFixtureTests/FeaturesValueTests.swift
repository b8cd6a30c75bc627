import AWSRuntime
import FeaturesFixture
import Foundation
import Testing

/// Enums, validation and redaction of the features fixture.
@Suite struct FeaturesValueTests {
    @Test func enumNamesAndOpenValues() throws {
        #expect(Level._1_0.rawValue == "1.0")
        #expect(Level.usEast1.rawValue == "us-east-1")
        #expect(Level.aB.rawValue == "a-b")
        #expect([Level.value, .value2, .value3].map(\.rawValue) == ["Value", "VALUE", "value"])
        #expect(Level.empty.rawValue == "")
        #expect(Level.`default`.rawValue == "default")
        #expect(Level.knownValues.count == 9)
        let unknown = Level(rawValue: "SOMETHING_NEW")
        #expect(unknown.rawValue == "SOMETHING_NEW")
        #expect(!unknown.isKnown)
        let encoded = try JSONEncoder().encode([unknown])
        #expect(try JSONDecoder().decode([Level].self, from: encoded) == [unknown])
        #expect(TypeShape.a.rawValue == "A")
    }

    @Test(arguments: [
        (PutThingRequest(name: "", thingId: "t"), "PutThingRequest.name: length 0 is below the minimum 1"),
        (PutThingRequest(name: "n", thingId: "T!"), #"PutThingRequest.thingId: value "T!" does not match the pattern ^[a-z0-9-]+$"#),
        (PutThingRequest(count: 11, name: "n", thingId: "t"), "PutThingRequest.count: value 11 is above the maximum 10"),
        (PutThingRequest(groups: ["g": ["ok", ""]], name: "n", thingId: "t"), #"PutThingRequest.groups["g"][1]: length 0 is below the minimum 1"#),
        (PutThingRequest(name: "n", tags: ["1", "2", "3", "4", "5", "6"], thingId: "t"), "PutThingRequest.tags: count 6 is above the maximum 5"),
        (PutThingRequest(choice: .nested(.number(0)), name: "n", thingId: "t"), "PutThingRequest.choice.nested.number: value 0 is below the minimum 1"),
    ])
    func constraintsAreChecked(_ input: PutThingRequest, _ message: String) {
        #expect {
            try input.validate(path: "PutThingRequest")
        } throws: { error in
            (error as? AWSValidationError)?.description == message
        }
    }

    @Test func sensitiveMembersAreRedacted() {
        let input = PutThingRequest(name: "n", secret: "s3cr3t-value", thingId: "t")
        var dumped = ""
        dump(input, to: &dumped)
        for text in [input.description, input.debugDescription, "\(input)", dumped] {
            #expect(!text.contains("s3cr3t-value"))
        }
        #expect(input.description.contains("secret: <redacted>"))
        #expect(PutThingRequest(name: "n", thingId: "t").description.contains("secret: nil"))
    }
}
