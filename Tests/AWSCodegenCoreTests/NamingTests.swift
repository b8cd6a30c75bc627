@testable import AWSCodegenCore
import Testing

@Suite struct NamingTests {
    @Test(arguments: [
        ("clusterArn", "clusterArn"), ("ClusterArn", "clusterArn"), ("SSEDescription", "sseDescription"),
        ("VPCId", "vpcId"), ("AUTOMATED", "automated"), ("VPC_ENDPOINT_LIMIT_EXCEEDED", "vpcEndpointLimitExceeded"),
        ("us-east-1", "usEast1"), ("a-b", "aB"), ("1.0", "_1_0"), ("m5.large", "m5Large"), ("", "empty"),
        ("7zip", "_7zip"), ("CreateClusterSnapshot", "createClusterSnapshot"), ("default", "default"),
    ])
    func lowerCamel(_ name: String, _ expected: String) {
        #expect(SwiftNames.lowerCamel(name) == expected)
    }

    @Test(arguments: [("DocDB Elastic", "DocDBElastic"), ("snake_case_name", "SnakeCaseName"), ("s3", "S3"), ("1st", "_1st")])
    func upperCamel(_ name: String, _ expected: String) {
        #expect(SwiftNames.upperCamel(name) == expected)
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftNames.escaped("default") == "`default`")
        #expect(SwiftNames.escaped("self") == "`self`")
        #expect(SwiftNames.escaped("protocol") == "`protocol`")
        #expect(SwiftNames.escaped("value") == "value")
    }

    @Test func collisionsGetSuffixes() {
        #expect(SwiftNames.uniqued(["value", "value", "value", "value2"]) == ["value", "value2", "value3", "value22"])
        #expect(SwiftNames.uniqued(["context"], taken: ["context"]) == ["context2"])
    }
}
