import AWSXML
import Foundation
import Testing

/// Inputs the `xml` fuzz target (Fuzz/) found that crashed the parser when it was FoundationXML's `XMLParser`, each
/// kept as its bytes; `XMLDocumentReader` replaced it.
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

    /// The third (2026-12-04, 54,172 runs into the next 10-minute run, against the first fix): an error response
    /// with `<?[` (no target) early on and `<?M?>` 1,084 bytes later. The first fix took the `<?[` for a processing
    /// instruction running to the next `?>` and skipped the `<?M?>` inside it; libxml2 reports the `<?[` and reads on.
    static let processingInstructionAfterOneWithoutTarget = Data(base64Encoded: "PEVycm9yUmVzcG9uc2U+CiAgIDxFcnJvPgo8RW5nVyg+PD9bPEVyc1I8b29vb29vcGU8Rz55TTxFPG88eTxybzx5IDxtPHllPEc+eTxFPG88eTx5PG88L0Zvbz4gIDxybzx5cj4KPC9FcnJzcG9uc2U+IDxFcnIgbGV2ZWw8L1RvcExldiFlbD4KICAgICAgPE5lc3RlZD4KICAKICAgICAgPENvZGU+Q3VzdG9tPG9pemVkPE0geG1sbnM9ImhNPHM8VHs8bzxFPHk8eTxtRzxlPHI8bTxtPEc8ZTxSQDxsPEk8L0Vycm9yPgogICA8UmVxdTxFcnJvclJlc3BvbnNlPgogIHJSZXNwb25zZT4KICAgPEVycm8+CjxFbmdXcnNSPG9vb29vb3BlPEc+eU08RTxvPHk8cm88eSA8bTx5ZTxHPnk8RTxvPHk8eTxvPC9Gb28+ICA8cm88eSA8bXI8eWU8RzxFPEY8bzx5PHk8cDxlQDxyPEc8ZT4KICAgICAgPENvZGU+L0NvZGU+CiAgICAgIDxUb3BMZXZlRXJyc3BvbnNlPgogICA8RXJyIGxldmVsPC9Ub3BMZXZlbD4KICAgICAgPE5lc3RlZD4KICAgICAgICAgIDxGb28+cnJvcj4KICAgPFJlcXVlc3RJPC9SZXF1ZXN0STwvRXJyb3I+CiAgIDxSZXF1PEVycm9yUmVzcG9uc2U+CiAgIDxUb0xwZXZlbCAgICAgPFR5cGU+U2VuZGVyPC9UeXBlPgogICAgICA8Q29kZT5DdXN0b21pemVkPC9Db2Rlc3NhZ2U+CiAgIDwvRXJyb3I+CiAgIDxSZT4KICAgPEVycmVsPC9Ub3BMZTxFbmdXcnNSPG9vb29vb3BlPEc+eU08RTxvPHk8cm88eSA8bTx5ZTxHPnk8RTxvPHk8eTxvdmVsPgogICAgICA8TmVzdGVkPgogICAgICAgICAgPEZvbz5iYXI8L0Zvbz4KPC9OIGVzdGVkPgogICA8L0Vycm9yPgogICA8UmVxdTxFcnIvVHlwZToKICB7ICAgIDxDb2RlPkNvbXBsZXg8LyA8cm88eSAybXI8eWU8RzxFPEZFcnJvcjwvQ29kZT4KICAgICAgPFRvcExldmVsPlRvcCAgICAgPC9OZXN0ZWQ+CiAgIDwvRXJyPgo8L0VycnNwb25zZT4KICAgPEVyciBsZXZlbDwvVG9wTGV2ZWw+CiAgICAgIDxOZXN0ZWQ+CiAgCiAgICAgIDxDb2RlPkN1c3RvbTxvaXplZDxNIHhtbG5zPSJoTTxzPFR7PG88RTx5PHk8bUc8ZTxyPG08bTxHPGU8UkA8bDxJPC9FcnJvcj4KICAgPFJlcXU8RXJyb3JSZXNwb25zCiAgPmUgPFRvTHBldmVsICAgICA8VHlwZT5TZW5kZXI8L1R5cGU+CiAgICAgIDxDb2RlPjxsPgogICAgICA8TmVzdGVkPgo8bDw/TT8+bDw/SGk8L0k/RSk8LylhdGl6ZWQ8TSB4bWxucz0iaE08czxUezxvPEU8eQ==")!

    @Test(arguments: [processingInstructionWithoutData, processingInstructionAfterOneWithoutTarget])
    func theFoundInputsAreErrors(input: Data) {
        #expect(throws: AWSXMLError.self) { try AWSXMLElement.parse(Array(input)) }
    }

    /// Each construct that crashed FoundationXML when the fuzzer's findings were cut down, as the reader takes it
    /// now: a processing instruction without data is well-formed and skipped; the rest are errors, located.
    @Test(arguments: [
        ("<a><?e?></a>", nil),
        ("<?e?><a/>", nil),
        ("<a/>\n <?e \n ?>", nil),
        ("<?xml?><a/>", "line 1, column 6: the XML declaration has no version"),
        ("<a><?xml?></a>", "line 1, column 4: the target xml is reserved for the XML declaration, which only the start of the document may have"),
        ("<a><?[ x <?M?></a>", "line 1, column 6: expected a name"),
        ("<a><??></a>", "line 1, column 6: expected a name"),
        (#"<!DOCTYPE a [<!NOTATION n SYSTEM "x">]><a/>"#, "line 1, column 1: a document type declaration is not accepted"),
        ("<!DOCTYPE a [<!ATTLIST a b CDATA #IMPLIED>]><a/>", "line 1, column 1: a document type declaration is not accepted"),
        ("<!DOCTYPE a [<?p?>]><a/>", "line 1, column 1: a document type declaration is not accepted"),
    ] as [(String, String?)])
    func markupThatCrashedFoundationXML(document: String, description: String?) throws {
        guard let description else {
            #expect(try AWSXMLElement.parse(Array(document.utf8)) == AWSXMLElement("a"))
            return
        }
        let error = try #require(throws: AWSXMLError.self) { try AWSXMLElement.parse(Array(document.utf8)) }
        #expect(error.description == description)
    }

    /// The fourth: stopping the parser from `parser(_:parseErrorOccurred:)` (to stop FoundationXML leaking a
    /// 72-byte string per error libxml2 raises) made libxml2 read through a null pointer 4,135 runs later, on these
    /// 10 bytes: `xmlStopParser` frees the input buffer that `xmlParseChunk` goes on to use when the error comes
    /// from deep inside it.
    @Test func anErrorInTheFirstBytesIsAnError() {
        #expect(throws: AWSXMLError.self) { try AWSXMLElement.parse([0, 0, 0] + Array("<M'pq\n".utf8)) }
    }

    @Test func validUTF8StillParses() throws {
        #expect(try AWSXMLElement.parse(Array("<a>é😀</a>".utf8)).text == "é😀")
    }
}
