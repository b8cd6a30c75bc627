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
}
