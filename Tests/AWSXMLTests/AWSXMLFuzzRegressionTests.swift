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

    @Test func validUTF8StillParses() throws {
        #expect(try AWSXMLElement.parse(Array("<a>é😀</a>".utf8)).text == "é😀")
    }
}
