extension AWSXMLElement {
    /// How deeply elements may nest before parsing stops with an error.
    public static let maximumNestingDepth = 256

    /// Parses a UTF-8 XML document and returns its root element.
    ///
    /// The document must be well-formed XML 1.0 with namespaces. Comments and processing instructions are skipped;
    /// a document type declaration, and with it any entity but the five predefined ones, is refused, so nothing
    /// external is ever read. Throws `AWSXMLError`, with the line and column, for a document that is not
    /// well-formed or not UTF-8, that has no root element or that nests deeper than `maximumNestingDepth`.
    public static func parse(_ bytes: [UInt8]) throws(AWSXMLError) -> AWSXMLElement {
        do {
            return try bytes.withUnsafeBufferPointer { buffer throws(XMLSyntaxError) in
                try XMLDocumentReader.read(buffer)
            }
        } catch {
            throw AWSXMLError(at: error.offset, in: bytes, message: error.message)
        }
    }
}
