import AWSXML
import Foundation
import Testing

/// Inputs the `xml` fuzz target (Fuzz/) found that crashed the parser, each kept as its bytes.
@Suite struct AWSXMLFuzzRegressionTests {
    /// A protocol test body the fuzzer mangled: after an end tag that matches nothing, an element whose name
    /// holds the bytes FF F0. FoundationXML on Linux traps on a name that is not UTF-8.
    static let invalidUTF8Name = Data(base64Encoded: "PEdyZWV0aW5nV2l0aEVycm9yc1Jlc3BvbnNlIHhtbG5zPSJodHRwczovL2V4YW1wbGUuY29tLyI+CiAgICA8R3JlZXRpbmdXaXRoRXJyb3JzUmVzdWx0PgogICAgICAgIDxncmVldGluZz5IZWxsbzwvZ3JlZXRpbmc+CiAgICA8L0dyZWd0aW5lV2l0aCAgPEdyZWV0aW5nV2l0aEVycm9yc1Jlc3VsdD4KICAgICAgICA8Z//wZT4K")!

    @Test func anElementNameThatIsNotUTF8IsAnError() {
        #expect(throws: AWSXMLError.self) { try AWSXMLElement.parse(Array(Self.invalidUTF8Name)) }
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes = Array("<a>\n  <b>".utf8) + [0xC3] + Array("</b></a>".utf8)
        let error = try #require(throws: AWSXMLError.self) { try AWSXMLElement.parse(bytes) }
        #expect(error.description == "line 2, column 6: the document is not valid UTF-8")
    }

    /// The next finding (2026-12-04, after 465,066 runs): a protocol test body the fuzzer mangled into one holding
    /// the processing instruction `<?exmlnsM?>`, which has no data. libxml2 reports its data as a null pointer and
    /// FoundationXML on Linux calls `strlen` on it (a segmentation fault, not a trap).
    static let processingInstructionWithoutData = Data(base64Encoded: "PHJSYHBvPHNyPC8reXBlICA8VG9wTGU8RXJSZT4KICA8P2U+SGk8L3ZlPEcgZDwvCjxvPHM+CiAgTT8+bDw/ZXhtbG5zTT8+bGVlPEcgZDwvCjxvPHM+CiAgTT8+bDw/ZT5IaTw8Ry9NPz5sZT48P2U+SGk8Pjw/ZT5IaTwvTT8+KTwvICAgPFJlcWQ8L2AKPHFkPC8KPC8=")!

    @Test func theFoundInputIsAnError() {
        #expect(throws: AWSXMLError.self) { try AWSXMLElement.parse(Array(Self.processingInstructionWithoutData)) }
    }

    /// Each construct that crashed FoundationXML when the fuzzer's finding was cut down, with where it is reported.
    @Test(arguments: [
        ("<a><?e?></a>", "line 1, column 4: a processing instruction without data"),
        ("<?e?><a/>", "line 1, column 1: a processing instruction without data"),
        ("<a/>\n <?e \n ?>", "line 2, column 2: a processing instruction without data"),
        ("<?xml?><a/>", "line 1, column 1: a processing instruction without data"),
        ("<a><?xml?></a>", "line 1, column 4: a processing instruction without data"),
        (#"<!DOCTYPE a [<!NOTATION n SYSTEM "x">]><a/>"#, "line 1, column 1: a document type declaration is not accepted"),
        ("<!DOCTYPE a [<!ATTLIST a b CDATA #IMPLIED>]><a/>", "line 1, column 1: a document type declaration is not accepted"),
        ("<!DOCTYPE a [<?p?>]><a/>", "line 1, column 1: a document type declaration is not accepted"),
    ])
    func unsupportedMarkupIsAnError(document: String, description: String) throws {
        let error = try #require(throws: AWSXMLError.self) { try AWSXMLElement.parse(Array(document.utf8)) }
        #expect(error.description == description)
    }

    /// The same bytes inside a comment or a CDATA section are not markup, and a processing instruction with data
    /// (the XML declaration among them) is read as before.
    @Test func processingInstructionsWithDataCommentsAndCDATAStillParse() throws {
        #expect(try AWSXMLElement.parse(Array(#"<?xml version="1.0" encoding="UTF-8"?><a>x</a>"#.utf8)).text == "x")
        #expect(try AWSXMLElement.parse(Array("<!-- <?e?> <!DOCTYPE a> --><a>x<?p data?>y</a>".utf8)).text == "xy")
        #expect(try AWSXMLElement.parse(Array("<a><![CDATA[<?e?><!DOCTYPE a>]]></a>".utf8)).text == "<?e?><!DOCTYPE a>")
    }

    @Test func validUTF8StillParses() throws {
        #expect(try AWSXMLElement.parse(Array("<a>é😀</a>".utf8)).text == "é😀")
    }
}
