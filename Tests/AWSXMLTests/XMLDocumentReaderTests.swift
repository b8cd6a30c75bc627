@testable import AWSXML
import Testing

/// What the XML reader accepts and refuses, construct by construct, with where each error is reported.
@Suite struct XMLDocumentReaderTests {
    static func parse(_ text: String) throws(AWSXMLError) -> AWSXMLElement {
        try AWSXMLElement.parse(Array(text.utf8))
    }

    @Test func skipsTheDeclarationCommentsAndProcessingInstructions() throws {
        let root = try Self.parse("""
            \u{FEFF}<?xml version='1.0' encoding="utf-8" standalone="yes" ?>
            <!-- before --><?style sheet?>
            <a>x<!-- <b> -->y<?p data?>z<!----></a>
            <!-- after --> <?p?>\n
            """)
        #expect(root == AWSXMLElement("a", text: "xyz"))
    }

    @Test func cdataSectionsAreTextWhateverTheyHold() throws {
        #expect(try Self.parse("<a>x<![CDATA[<!DOCTYPE a><?e?> & ]]]>y</a>").text == "x<!DOCTYPE a><?e?> & ]y")
        #expect(try Self.parse("<a><![CDATA[]]></a>").text == "")
    }

    @Test func normalizesLineEnds() throws {
        #expect(try Self.parse("<a>1\r\n2\r3\n<![CDATA[4\r\n]]>&#13;</a>").text == "1\n2\n3\n4\n\r")
    }

    @Test func normalizesWhiteSpaceInAttributeValues() throws {
        let root = try Self.parse("<a x='1\t2\r\n3\n4&#10;&#9;' y=\"&lt;&quot;'\" z=''/>")
        #expect(root.attributes == ["x": "1 2 3 4\n\t", "y": "<\"'", "z": ""])
    }

    @Test func keepsTextBetweenChildren() throws {
        let root = try Self.parse("<a>\n  <b>1</b>\n  tail</a>")
        #expect(root.text == "\n  \n  tail")
        #expect(root["b"]?.text == "1")
    }

    @Test func scopesNamespaceDeclarations() throws {
        let root = try Self.parse("""
            <r xmlns="urn:d" xmlns:p="urn:p"><p:a><b/></p:a><c xmlns=""><d xmlns:p="urn:q"><p:e p:x="1"/></d></c>\
            <p:f/></r>
            """)
        #expect(root.namespace == "urn:d")
        #expect(root.attributes.isEmpty)
        #expect(root["a"]?.namespace == "urn:p")
        #expect(root["a"]?["b"]?.namespace == "urn:d")
        #expect(root["c"]?.namespace == nil)
        #expect(root["c"]?["d"]?["e"] == AWSXMLElement("e", namespace: "urn:q", attributes: ["p:x": "1"]))
        #expect(root["f"]?.namespace == "urn:p")
        #expect(try Self.parse(#"<a xml:lang="en"/>"#).attributes == ["xml:lang": "en"])
    }

    @Test func readsNamesBeyondASCII() throws {
        let root = try Self.parse("<ü·a xmlns:é='urn:e'><é:b-c.1 ö='1'/></ü·a>")
        #expect(root.name == "ü·a")
        #expect(root["b-c.1"] == AWSXMLElement("b-c.1", namespace: "urn:e", attributes: ["ö": "1"]))
    }

    /// Every error, with the place it is reported at.
    @Test(arguments: [
        ("", "line 1, column 1: the document has no root element"),
        ("  <!-- c -->\n", "line 2, column 1: the document has no root element"),
        ("text", "line 1, column 1: text before the root element"),
        ("<a/>x", "line 1, column 5: text after the root element"),
        ("<a/><b/>", "line 1, column 5: markup after the root element"),
        ("<a>", "line 1, column 4: the document ends before the end tag of <a>"),
        ("<a><b></a>", "line 1, column 7: the end tag </a> does not match the start tag <b>"),
        ("<a></a >x", "line 1, column 9: text after the root element"),
        ("<a x=1/>", "line 1, column 6: expected a quoted attribute value"),
        ("<a x='1'y='2'/>", "line 1, column 9: expected white space, > or /> in the start tag <a"),
        ("<a x='1' x='2'/>", "line 1, column 10: the attribute x appears twice"),
        ("<a x='<'/>", "line 1, column 7: < is not allowed in an attribute value"),
        ("<a x='1/>", "line 1, column 6: an attribute value without its closing quote"),
        ("<a x></a>", "line 1, column 5: expected ="),
        ("<a/ >", "line 1, column 4: expected >"),
        ("<a", "line 1, column 3: the document ends inside the start tag <a"),
        ("<1/>", "line 1, column 2: expected a name"),
        ("<a>&bogus;</a>", "line 1, column 4: the entity &bogus; is not declared (only &lt; &gt; &amp; &apos; &quot; are)"),
        ("<a>&amp</a>", "line 1, column 4: a reference without its closing ;"),
        ("<a>&#;</a>", "line 1, column 4: a character reference without digits"),
        ("<a>&#x12G;</a>", "line 1, column 4: a character reference must be &#digits; or &#xhex-digits;"),
        ("<a>&#0;</a>", "line 1, column 4: a character reference to U+0000, which XML does not allow"),
        ("<a>&#xD800;</a>", "line 1, column 4: a character reference to U+D800, which XML does not allow"),
        ("<a>&#x110000;</a>", "line 1, column 4: a character reference past U+10FFFF"),
        ("<a>&#99999999999999999999;</a>", "line 1, column 4: a character reference past U+10FFFF"),
        ("<a>x]]>y</a>", "line 1, column 5: ]]> is not allowed in text"),
        ("<a><!-- x -- y --></a>", "line 1, column 11: -- inside a comment"),
        ("<a><!-- x </a>", "line 1, column 4: a comment without its closing -->"),
        ("<a><!-- x -</a>", "line 1, column 4: a comment without its closing -->"),
        ("<a><![CDATA[x</a>", "line 1, column 4: a CDATA section without its closing ]]>"),
        ("<a><!ELEMENT a></a>", "line 1, column 4: <! in element content starts neither a comment nor a CDATA section"),
        ("<a><?p x</a>", "line 1, column 4: a processing instruction without its closing ?>"),
        ("<a/><?p x", "line 1, column 5: a processing instruction without its closing ?>"),
        ("<a><?p<x?></a>", "line 1, column 7: expected white space or ?> after the processing instruction's target"),
        (" <?xml version='1.0'?><a/>", "line 1, column 2: the target xml is reserved for the XML declaration, which only the start of the document may have"),
        ("<?xml encoding='UTF-8'?><a/>", "line 1, column 7: the XML declaration has no version"),
        ("<?xml version='2.0'?><a/>", "line 1, column 16: XML version 2.0 is not 1.x"),
        ("<?xml version='1.0' encoding='ISO-8859-1'?><a/>", "line 1, column 31: the document declares the encoding ISO-8859-1; only UTF-8 is read"),
        ("<?xml version='1.0' standalone='maybe'?><a/>", "line 1, column 33: standalone must be yes or no"),
        ("<?xml version='1.0' x='1'?><a/>", "line 1, column 21: expected ?> to end the XML declaration"),
        ("<?xml version='1.0?><a/>", "line 1, column 15: an unterminated value in the XML declaration"),
        ("<a><!DOCTYPE a></a>", "line 1, column 4: <! in element content starts neither a comment nor a CDATA section"),
        ("<a/><!DOCTYPE a>", "line 1, column 5: a document type declaration is not accepted"),
        ("<p:a/>", "line 1, column 2: the namespace prefix p of the element <p:a> is not declared"),
        ("<a p:x='1'/>", "line 1, column 4: the namespace prefix p of the attribute p:x is not declared"),
        ("<a xmlns:p=''/>", "line 1, column 4: the namespace prefix p is bound to an empty name"),
        ("<a xmlns:xml='urn:x'/>", "line 1, column 4: the namespace prefix xml cannot be bound to urn:x"),
        ("<a xmlns:xmlns='urn:x'/>", "line 1, column 4: the namespace prefix xmlns cannot be bound to urn:x"),
        ("<a:b:c xmlns:a='urn:a'/>", "line 1, column 2: a:b:c is not a valid qualified name"),
        ("<a: xmlns:a='urn:a'/>", "line 1, column 2: a: is not a valid qualified name"),
        ("<a><p:b xmlns:p='urn:p'/><p:c/></a>", "line 1, column 27: the namespace prefix p of the element <p:c> is not declared"),
        ("<a>\u{1}</a>", "line 1, column 4: the control character U+0001 is not allowed in XML"),
        ("<a>\u{FFFE}</a>", "line 1, column 4: the character U+FFFE is not allowed in XML"),
    ])
    func refuses(document: String, description: String) {
        let error = #expect(throws: AWSXMLError.self) { try Self.parse(document) }
        #expect(error?.description == description)
    }

    /// Bytes that are not UTF-8 (a lone continuation byte, an overlong form, a surrogate, past U+10FFFF, cut short).
    @Test(arguments: [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func refusesBytesThatAreNotUTF8(_ sequence: [UInt8]) {
        let error = #expect(throws: AWSXMLError.self) { try AWSXMLElement.parse(Array("<a>\n x".utf8) + sequence + Array("</a>".utf8)) }
        #expect(error?.description == "line 2, column 3: the document is not valid UTF-8")
    }

    /// The ASCII shortcut for names says what the full classes say, for every ASCII byte.
    @Test func theASCIINameShortcutAgreesWithTheNameClasses() {
        for byte in UInt8(0)..<0x80 {
            #expect(XMLCharacters.isASCIIName(byte, first: true) == XMLCharacters.isNameStart(UInt32(byte)), "\(byte)")
            #expect(XMLCharacters.isASCIIName(byte, first: false) == XMLCharacters.isName(UInt32(byte)), "\(byte)")
        }
    }

    /// The nesting limit counts empty elements too.
    @Test func theNestingLimitIsExact() throws {
        let depth = AWSXMLElement.maximumNestingDepth
        let deepest = String(repeating: "<a>", count: depth - 1) + "<a/>" + String(repeating: "</a>", count: depth - 1)
        #expect(throws: Never.self) { try Self.parse(deepest) }
        let tooDeep = String(repeating: "<a>", count: depth) + "<a/>" + String(repeating: "</a>", count: depth)
        let error = #expect(throws: AWSXMLError.self) { try Self.parse(tooDeep) }
        #expect(error?.column == 3 * depth + 1)
    }
}
