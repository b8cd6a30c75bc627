import AWSXML
import Testing

/// Writing `AWSXMLElement` trees: escaping, namespaces, attribute order, and reading back what was written.
@Suite struct AWSXMLWritingTests {
    @Test func writesNamespacesOnceAndSortsAttributes() {
        let element = AWSXMLElement(
            "CreateBucketConfiguration", namespace: "http://s3.amazonaws.com/doc/2006-03-01/",
            attributes: ["b": "2", "a": "1"],
            children: [AWSXMLElement("LocationConstraint", namespace: "http://s3.amazonaws.com/doc/2006-03-01/", text: "eu-west-1")])
        #expect(element.serializedString() == #"<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/" a="1" b="2">"#
            + "<LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>")
    }

    @Test func escapesTextAndAttributes() {
        let element = AWSXMLElement("a", attributes: ["v": "x\"<&>\n\t"], text: "1 < 2 & 3 > 2\r\n\"q\"")
        #expect(element.serializedString() == #"<a v="x&quot;&lt;&amp;>&#xA;&#x9;">1 &lt; 2 &amp; 3 &gt; 2&#xD;"# + "\n\"q\"</a>")
    }

    @Test func writesEmptyElementsShort() {
        #expect(AWSXMLElement("Empty").serializedString() == "<Empty/>")
    }

    @Test func readsBackWhatItWrites() throws {
        let element = AWSXMLElement(
            "Root", namespace: "urn:x", attributes: ["k": "v & \"w\""],
            children: [
                AWSXMLElement("Child", namespace: "urn:x", text: "text with <, & and \u{1F600}"),
                AWSXMLElement("Other", namespace: "urn:y", children: [AWSXMLElement("Inner", namespace: "urn:y", text: "\r\n")]),
            ])
        #expect(try AWSXMLElement.parse(element.serialized()) == element)
    }
}
