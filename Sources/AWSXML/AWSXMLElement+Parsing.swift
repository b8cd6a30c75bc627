import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

extension AWSXMLElement {
    /// How deeply elements may nest before parsing stops with an error.
    public static let maximumNestingDepth = 256

    /// Parses an XML document with Foundation's `XMLParser` and returns its root element. External entities are
    /// not resolved. Throws `AWSXMLError` for a document that is not well-formed, is empty or nests too deeply,
    /// and for what FoundationXML cannot read safely (see `preflight(_:)`).
    public static func parse(_ bytes: [UInt8]) throws(AWSXMLError) -> AWSXMLElement {
        try preflight(bytes)
        let parser = XMLParser(data: Data(bytes))
        let builder = AWSXMLTreeBuilder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let finished = parser.parse()
        func error(_ message: String) -> AWSXMLError {
            // XMLParser reports line 0 for an error at the end of the input.
            guard parser.lineNumber == 0 else {
                return AWSXMLError(line: parser.lineNumber, column: max(1, parser.columnNumber), message: message)
            }
            return AWSXMLError(at: bytes.count, in: bytes, message: message)
        }
        if let message = builder.failure { throw error(message) }
        if !finished || parser.parserError != nil { throw error(describe(parser.parserError)) }
        guard let root = builder.root else { throw error("the document has no root element") }
        return root
    }

    /// A message for the parser's error: its `XMLParser.ErrorCode`, in words where it is a common one.
    private static func describe(_ error: (any Error)?) -> String {
        guard let error else { return "not well-formed XML" }
        let code = (error as NSError).code
        switch XMLParser.ErrorCode(rawValue: code) {
        case .prematureDocumentEndError?: return "unexpected end of the document"
        case .tagNameMismatchError?: return "an end tag does not match its start tag"
        case .emptyDocumentError?: return "the document is empty"
        case .invalidCharacterError?: return "an invalid character"
        case .unfinishedTagError?: return "an unfinished tag"
        case .entityRefAtEOFError?, .entityReferenceWithoutNameError?, .entityReferenceMissingSemiError?,
            .undeclaredEntityError?:
            return "an invalid entity reference"
        case .attributeNotStartedError?, .attributeNotFinishedError?, .attributeRedefinedError?:
            return "an invalid attribute"
        default: return "not well-formed XML (XMLParser error \(code))"
        }
    }
}

/// Builds the element tree from `XMLParser`'s events.
private final class AWSXMLTreeBuilder: NSObject, XMLParserDelegate {
    var root: AWSXMLElement?
    var failure: String?
    private var open: [AWSXMLElement] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard open.count < AWSXMLElement.maximumNestingDepth else {
            failure = "elements nest deeper than \(AWSXMLElement.maximumNestingDepth) levels"
            parser.abortParsing()
            return
        }
        let declarations = attributes.filter { $0.key != "xmlns" && !$0.key.hasPrefix("xmlns:") }
        open.append(AWSXMLElement(elementName, namespace: namespaceURI.flatMap { $0.isEmpty ? nil : $0 }, attributes: declarations))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = open.popLast() else { return }
        if open.isEmpty {
            root = element
        } else {
            open[open.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += String(decoding: block, as: UTF8.self)
    }
}
