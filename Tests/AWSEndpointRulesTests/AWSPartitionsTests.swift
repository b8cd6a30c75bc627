import AWSJSON
import Testing

@testable import AWSEndpointRules

@Suite struct AWSPartitionsTests {
    @Test func embeddedDataMatchesTheVendoredFile() throws {
        #expect(try JSONValue.parse(AWSPartitions.embeddedJSON) == EndpointTestResources.json("partitions.json"))
    }

    @Test(arguments: [
        ("us-east-1", "aws", "amazonaws.com"),
        ("aws-global", "aws", "amazonaws.com"),
        ("us-gov-west-1", "aws-us-gov", "amazonaws.com"),
        ("cn-north-1", "aws-cn", "amazonaws.com.cn"),
        ("cn-south-9", "aws-cn", "amazonaws.com.cn"),
        ("us-iso-west-7", "aws-iso", "c2s.ic.gov"),
        ("us-isob-east-1", "aws-iso-b", "sc2s.sgov.gov"),
        ("eu-isoe-west-1", "aws-iso-e", "cloud.adc-e.uk"),
        ("eusc-de-east-1", "aws-eusc", "amazonaws.eu"),
        ("ap-future-5", "aws", "amazonaws.com"),
        ("mars-east-1", "aws", "amazonaws.com"),
        ("", "aws", "amazonaws.com"),
    ])
    func findsThePartition(region: String, name: String, dnsSuffix: String) {
        let partition = AWSPartitions.standard.partition(for: region)
        #expect(partition["name"] == .string(name))
        #expect(partition["dnsSuffix"] == .string(dnsSuffix))
        #expect(partition["supportsFIPS"]?.boolValue != nil)
    }

    @Test func explicitRegionsWinOverPatternsAndApplyOverrides() throws {
        let document = try JSONValue.parse(
            #"""
            {"partitions": [
              {"id": "wide", "outputs": {"dnsSuffix": "wide.example", "supportsFIPS": true}, "regionRegex": "^.*$", "regions": {}},
              {"id": "aws", "outputs": {"dnsSuffix": "aws.example", "supportsFIPS": true}, "regionRegex": "^nomatch$",
               "regions": {"special-1": {"description": "Special", "supportsFIPS": false}}}
            ]}
            """#)
        let partitions = try #require(AWSPartitions(document: document))
        #expect(
            partitions.partition(for: "special-1")
                == .object(["name": .string("aws"), "dnsSuffix": .string("aws.example"), "supportsFIPS": .bool(false)]))
        #expect(partitions.partition(for: "other-1")["name"] == .string("wide"))
    }

    @Test func matchesPatternsConcurrently() async {
        let names = await withTaskGroup(of: JSONValue?.self) { group in
            for index in 0..<64 {
                group.addTask { AWSPartitions.standard.partition(for: "us-gov-new-\(index)")["name"] }
            }
            return await group.reduce(into: [JSONValue?]()) { $0.append($1) }
        }
        #expect(names == Array(repeating: .string("aws-us-gov"), count: 64))
    }

    @Test func rejectsMalformedDocuments() throws {
        #expect(AWSPartitions(document: .object([:])) == nil)
        #expect(AWSPartitions(document: try JSONValue.parse(#"{"partitions": [{"id": "aws"}]}"#)) == nil)
        #expect(AWSPartitions(document: try JSONValue.parse(#"{"partitions": []}"#)) == nil)
    }
}
