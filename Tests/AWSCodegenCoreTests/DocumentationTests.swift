import AWSCodegenCore
import Testing

@Suite struct DocumentationTests {
    @Test func paragraphsAndInlineMarkup() {
        let lines = DocumentationConverter.markdown(
            "<p>Creates a <code>Snapshot</code>  of\n a <b>cluster</b>.</p> <p>See <a href=\"https://aws.amazon.com\">AWS</a> &amp; more.</p>")
        #expect(lines == ["Creates a `Snapshot` of a **cluster**.", "", "See [AWS](https://aws.amazon.com) & more."])
    }

    @Test func lists() {
        let lines = DocumentationConverter.markdown(
            "<p>Kinds:</p> <ul> <li> <p> <code>automated</code> - made by us.</p> </li> <li><p>manual</p></li> </ul> <ol><li>one</li><li>two</li></ol>")
        #expect(lines == ["Kinds:", "", "- `automated` - made by us.", "- manual", "", "1. one", "2. two"])
    }

    @Test func emptyAndPlainText() {
        #expect(DocumentationConverter.markdown("").isEmpty)
        #expect(DocumentationConverter.markdown("Plain text &lt;tag&gt;") == ["Plain text <tag>"])
    }

    /// Tag names match in any case, `important` (longer than the others) among them, and only whole names do.
    @Test func tagNamesInAnyCase() {
        let lines = DocumentationConverter.markdown(
            "<P>One</P><IMPORTANT>Two</IMPORTANT><importants>three</importants> <Code>x</Code> <Strong>y</Strong><FullName>Z</FullName>")
        #expect(lines == ["One", "", "Two", "", "three `x` **y**", "", "Z"])
    }

    /// Entities decode inside the text they sit in, and whitespace they make collapses with the text's.
    @Test func entitiesJoinTheirText() {
        #expect(DocumentationConverter.markdown("a&amp;b &lt;c&gt; d&nbsp;&nbsp; e&#x41;&#66;") == ["a&b <c> d e" + "AB"])
        #expect(DocumentationConverter.markdown("&unknown; &amp") == ["&unknown; &amp"])
    }
}
