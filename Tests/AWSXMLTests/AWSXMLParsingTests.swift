import AWSXML
import Testing

/// Parsing AWS's XML responses into `AWSXMLElement` trees.
@Suite struct AWSXMLParsingTests {
    static func parse(_ text: String) throws -> AWSXMLElement {
        try AWSXMLElement.parse(Array(text.utf8))
    }

    @Test func readsAQueryResponse() throws {
        let root = try Self.parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <CreateTopicResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <CreateTopicResult><TopicArn>arn:aws:sns:us-east-1:123456789012:orders</TopicArn></CreateTopicResult>
              <ResponseMetadata><RequestId>a8dec8b3-33a4-11df-8963-01868b7c937a</RequestId></ResponseMetadata>
            </CreateTopicResponse>
            """)
        #expect(root.name == "CreateTopicResponse")
        #expect(root.namespace == "http://sns.amazonaws.com/doc/2010-03-31/")
        #expect(root["CreateTopicResult"]?["TopicArn"]?.text == "arn:aws:sns:us-east-1:123456789012:orders")
        #expect(root["ResponseMetadata"]?["RequestId"]?.namespace == "http://sns.amazonaws.com/doc/2010-03-31/")
        #expect(root.children.map(\.name) == ["CreateTopicResult", "ResponseMetadata"])
    }

    @Test func resolvesEntitiesCharacterReferencesAndCDATA() throws {
        let root = try Self.parse(#"<a>x &amp; &lt;y&gt; &quot;&apos; &#xD;&#10;&#x1F600;<![CDATA[<raw> & ]]>z</a>"#)
        #expect(root.text == "x & <y> \"' \r\n\u{1F600}<raw> & z")
    }

    @Test func keepsAttributesByQualifiedNameWithoutNamespaceDeclarations() throws {
        let root = try Self.parse("""
            <Grant xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Grantee xsi:type="CanonicalUser" id="1">\
            <ID>abc</ID></Grantee></Grant>
            """)
        let grantee = try #require(root["Grantee"])
        #expect(grantee.attributes == ["xsi:type": "CanonicalUser", "id": "1"])
        #expect(root.attributes.isEmpty)
        #expect(root.namespace == nil)
    }

    @Test func listsRepeatedChildrenInOrder() throws {
        let root = try Self.parse("<r><m>1</m><x/><m>2</m><m>3</m></r>")
        #expect(root.children(named: "m").map(\.text) == ["1", "2", "3"])
        #expect(root["x"] == AWSXMLElement("x"))
        #expect(root["missing"] == nil)
    }

    @Test(arguments: [
        "<a><b></a>",
        "<a>",
        "",
        "<a></a><b></b>",
        "<a x=1></a>",
        "<a>&bogus;</a>",
        "just text",
    ])
    func rejectsDocumentsThatAreNotWellFormed(_ text: String) throws {
        let error = #expect(throws: AWSXMLError.self) { try Self.parse(text) }
        #expect((error?.line ?? 0) >= 1)
        #expect(error?.message.isEmpty == false)
    }

    @Test func namesTheLineOfAMismatchedTag() throws {
        let error = #expect(throws: AWSXMLError.self) { try Self.parse("<a>\n<b>\n</c></a>") }
        #expect(error?.line == 3)
    }

    @Test func doesNotResolveExternalEntities() throws {
        let document = """
            <?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>
            """
        // A document type declaration, where entities are declared, is refused: only the five predefined entities exist.
        let error = try #require(throws: AWSXMLError.self) { try Self.parse(document) }
        #expect(error.message == "a document type declaration is not accepted")
    }

    /// An error at the end of the input names the place after the last byte.
    @Test func anErrorAtTheEndIsPlacedAfterTheLastByte() throws {
        let error = try #require(throws: AWSXMLError.self) { try Self.parse("<a>\n  <é>") }
        #expect((error.line, error.column) == (2, 6))
    }

    @Test func rejectsNestingBeyondTheLimit() throws {
        let depth = AWSXMLElement.maximumNestingDepth + 1
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let error = #expect(throws: AWSXMLError.self) { try Self.parse(text) }
        #expect(error?.message.contains("nest") == true)
    }
}
