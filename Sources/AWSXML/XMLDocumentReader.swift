/// Why `XMLDocumentReader` stopped: the byte offset of the problem and what it is.
struct XMLSyntaxError: Error {
    let offset: Int
    let message: String
}

/// Reads a UTF-8 XML document into an `AWSXMLElement` tree, checking that it is well-formed (XML 1.0, fifth
/// edition) and namespace-well-formed (Namespaces in XML 1.0), in one pass over the bytes.
///
/// Written here rather than taken from FoundationXML, whose `XMLParser` on Linux leaks memory for every error
/// libxml2 raises and reads through null pointers on some inputs; AWS's XML needs a small, strict subset of XML.
/// Document type declarations are refused (so no entity but the five predefined ones exists, and nothing
/// external is ever read); processing instructions and comments are skipped; a declared encoding other than
/// UTF-8 is refused, since AWS sends UTF-8 only.
struct XMLDocumentReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    /// The elements whose end tags are still to come, the root first.
    private var open: [OpenElement] = []
    /// The namespace each prefix is bound to, the innermost binding last; the empty prefix is the default
    /// namespace, and nil unbinds it. A dictionary, so that a document with many declarations stays linear.
    private var bindings: [String: [String?]] = ["xml": [xmlNamespace]]
    /// Decoded text of character data that holds references or carriage returns.
    private var scratch: [UInt8] = []

    private static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    private struct OpenElement {
        var element: AWSXMLElement
        /// Where the qualified name is, for matching the end tag.
        let name: Range<Int>
        /// The prefixes the element declares, whose bindings end with it.
        let declared: [String]
    }

    /// The root element of `bytes`, or where and why it is not a document this reader accepts.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLSyntaxError) -> AWSXMLElement {
        if let (offset, message) = XMLCharacters.firstInvalid(in: bytes) {
            throw XMLSyntaxError(offset: offset, message: message)
        }
        var reader = XMLDocumentReader(bytes: bytes)
        return try reader.readDocument()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Document

    private mutating func readDocument() throws(XMLSyntaxError) -> AWSXMLElement {
        if hasPrefix([0xEF, 0xBB, 0xBF]) { offset = 3 }
        if hasPrefix("<?xml"), offset + 5 < bytes.count, bytes[offset + 5].isXMLSpace || bytes[offset + 5] == ascii("?") {
            try readXMLDeclaration()
        }
        var root: AWSXMLElement?
        while true {
            skipSpace()
            guard offset < bytes.count else { break }
            if hasPrefix("<?") {
                try skipProcessingInstruction()
            } else if hasPrefix("<!--") {
                try skipComment()
            } else if hasPrefix("<!DOCTYPE") {
                throw error("a document type declaration is not accepted")
            } else if root != nil {
                throw error(bytes[offset] == ascii("<") ? "markup after the root element" : "text after the root element")
            } else if bytes[offset] == ascii("<") {
                root = try readRootElement()
            } else {
                throw error("text before the root element")
            }
        }
        guard let root else { throw error("the document has no root element") }
        return root
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, the last two optional.
    private mutating func readXMLDeclaration() throws(XMLSyntaxError) {
        offset += 5
        var sawSpace = skipSpace()
        guard sawSpace, hasPrefix("version") else { throw error("the XML declaration has no version") }
        offset += 7
        let version = try readPseudoAttributeValue()
        guard version.hasPrefix("1."), version.count > 2, version.dropFirst(2).allSatisfy(\.isASCIIDigit) else {
            throw error(at: offset - 1 - version.utf8.count, "XML version \(version) is not 1.x")
        }
        sawSpace = skipSpace()
        if sawSpace, hasPrefix("encoding") {
            offset += 8
            let encoding = try readPseudoAttributeValue()
            guard ["utf-8", "utf8", "us-ascii"].contains(encoding.lowercased()) else {
                throw error(at: offset - 1 - encoding.utf8.count, "the document declares the encoding \(encoding); only UTF-8 is read")
            }
            sawSpace = skipSpace()
        }
        if sawSpace, hasPrefix("standalone") {
            offset += 10
            let standalone = try readPseudoAttributeValue()
            guard standalone == "yes" || standalone == "no" else {
                throw error(at: offset - 1 - standalone.utf8.count, "standalone must be yes or no")
            }
            skipSpace()
        }
        guard hasPrefix("?>") else { throw error("expected ?> to end the XML declaration") }
        offset += 2
    }

    /// `= "value"` in the XML declaration, where references are not allowed.
    private mutating func readPseudoAttributeValue() throws(XMLSyntaxError) -> String {
        skipSpace()
        try expect("=")
        skipSpace()
        guard offset < bytes.count, bytes[offset] == ascii("\"") || bytes[offset] == ascii("'") else {
            throw error("expected a quoted value")
        }
        let quote = bytes[offset]
        let start = offset + 1
        guard let end = bytes[start...].firstIndex(where: { $0 == quote || $0 == ascii("?") || $0 == ascii("<") }),
            bytes[end] == quote
        else { throw error("an unterminated value in the XML declaration") }
        offset = end + 1
        return text(start..<end)
    }

    // MARK: Elements

    /// The root element and everything in it.
    private mutating func readRootElement() throws(XMLSyntaxError) -> AWSXMLElement {
        if let element = try readStartTag() { return element }
        while true {
            try readCharacterData()
            guard offset < bytes.count else {
                throw error("the document ends before the end tag of <\(text(open[open.count - 1].name))>")
            }
            switch offset + 1 < bytes.count ? bytes[offset + 1] : 0 {
            case ascii("/"):
                let element = try readEndTag()
                if open.isEmpty { return element }
                open[open.count - 1].element.children.append(element)
            case ascii("?"):
                try skipProcessingInstruction()
            case ascii("!"):
                if hasPrefix("<!--") {
                    try skipComment()
                } else if hasPrefix("<![CDATA[") {
                    try readCDATASection()
                } else {
                    throw error("<! in element content starts neither a comment nor a CDATA section")
                }
            default:
                if let element = try readStartTag() { open[open.count - 1].element.children.append(element) }
            }
        }
    }

    /// Reads a start tag at `<` and returns the element when it is empty (`<a/>`), or opens it and returns nil.
    private mutating func readStartTag() throws(XMLSyntaxError) -> AWSXMLElement? {
        let tagStart = offset
        guard open.count < AWSXMLElement.maximumNestingDepth else {
            throw error("elements nest deeper than \(AWSXMLElement.maximumNestingDepth) levels")
        }
        offset += 1
        let name = try readName()
        var attributes: [(name: Range<Int>, qualified: String, value: String)] = []
        var names: Set<String> = []
        var isEmpty = false
        while true {
            let sawSpace = skipSpace()
            guard offset < bytes.count else { throw error("the document ends inside the start tag <\(text(name))") }
            if bytes[offset] == ascii(">") {
                offset += 1
                break
            }
            if bytes[offset] == ascii("/") {
                offset += 1
                try expect(">")
                isEmpty = true
                break
            }
            guard sawSpace else { throw error("expected white space, > or /> in the start tag <\(text(name))") }
            let attribute = try readName()
            skipSpace()
            try expect("=")
            skipSpace()
            let value = try readAttributeValue()
            let qualified = text(attribute)
            if !names.insert(qualified).inserted {
                throw error(at: attribute.lowerBound, "the attribute \(qualified) appears twice")
            }
            attributes.append((attribute, qualified, value))
        }
        let element = try resolveNamespaces(of: name, attributes: attributes, at: tagStart)
        if isEmpty {
            unbind(element.declared)
            return element.element
        }
        open.append(element)
        return nil
    }

    /// The element for a start tag: its namespace declarations bound, its name and attributes' prefixes resolved.
    private mutating func resolveNamespaces(
        of name: Range<Int>, attributes: [(name: Range<Int>, qualified: String, value: String)], at tagStart: Int
    ) throws(XMLSyntaxError) -> OpenElement {
        var declared: [String] = []
        var plain: [String: String] = [:]
        // Prefixed attributes, checked once every declaration of the tag is bound (one may follow its use).
        var prefixed: [(attribute: Range<Int>, qualifiedName: String, prefix: String)] = []
        for (attribute, qualifiedName, value) in attributes {
            let qualified = try split(attribute)
            if qualified.prefix == nil, qualified.local == "xmlns" {
                bindings["", default: []].append(value.isEmpty ? nil : value)
                declared.append("")
            } else if qualified.prefix == "xmlns" {
                let prefix = qualified.local
                if prefix == "xmlns" || (prefix == "xml") != (value == Self.xmlNamespace) || value == "http://www.w3.org/2000/xmlns/" {
                    throw error(at: attribute.lowerBound, "the namespace prefix \(prefix) cannot be bound to \(value)")
                }
                guard !value.isEmpty else {
                    throw error(at: attribute.lowerBound, "the namespace prefix \(prefix) is bound to an empty name")
                }
                bindings[prefix, default: []].append(value)
                declared.append(prefix)
            } else {
                plain[qualifiedName] = value
                if let prefix = qualified.prefix { prefixed.append((attribute, qualifiedName, prefix)) }
            }
        }
        for (attribute, qualifiedName, prefix) in prefixed where namespace(of: prefix) == nil {
            throw error(at: attribute.lowerBound, "the namespace prefix \(prefix) of the attribute \(qualifiedName) is not declared")
        }
        let qualified = try split(name)
        let namespace = namespace(of: qualified.prefix ?? "")
        if let prefix = qualified.prefix, namespace == nil || prefix == "xmlns" {
            throw error(at: tagStart + 1, "the namespace prefix \(prefix) of the element <\(text(name))> is not declared")
        }
        return OpenElement(
            element: AWSXMLElement(qualified.local, namespace: namespace, attributes: plain), name: name,
            declared: declared)
    }

    /// Ends the bindings of `prefixes`, declared by an element that ends.
    private mutating func unbind(_ prefixes: [String]) {
        for prefix in prefixes { bindings[prefix]?.removeLast() }
    }

    /// The namespace URI `prefix` is bound to where the reader is; nil when it is not bound.
    private func namespace(of prefix: String) -> String? {
        bindings[prefix]?.last ?? nil
    }

    /// A name's prefix and local part; a name with a colon must be `prefix:local` with neither part empty.
    private func split(_ name: Range<Int>) throws(XMLSyntaxError) -> (prefix: String?, local: String) {
        guard let colon = bytes[name].firstIndex(of: ascii(":")) else { return (nil, text(name)) }
        guard colon > name.lowerBound, colon + 1 < name.upperBound, !bytes[(colon + 1)..<name.upperBound].contains(ascii(":")),
            XMLCharacters.isNameStart(UInt32(bytes[colon + 1])) || bytes[colon + 1] >= 0x80
        else { throw error(at: name.lowerBound, "\(text(name)) is not a valid qualified name") }
        return (text(name.lowerBound..<colon), text((colon + 1)..<name.upperBound))
    }

    /// Reads an end tag at `</`, closes the innermost open element and returns it.
    private mutating func readEndTag() throws(XMLSyntaxError) -> AWSXMLElement {
        let tagStart = offset
        offset += 2
        let name = try readName()
        skipSpace()
        try expect(">")
        let element = open.removeLast()
        guard same(name, element.name) else {
            throw error(at: tagStart, "the end tag </\(text(name))> does not match the start tag <\(text(element.name))>")
        }
        unbind(element.declared)
        return element.element
    }

    /// A name (`Name`) at the reader's place.
    private mutating func readName() throws(XMLSyntaxError) -> Range<Int> {
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                guard XMLCharacters.isASCIIName(byte, first: offset == start) else { break }
                offset += 1
                continue
            }
            // The document's UTF-8 was checked before reading began.
            let (scalar, length) = XMLCharacters.decode(bytes, at: offset)!
            guard offset == start ? XMLCharacters.isNameStart(scalar) : XMLCharacters.isName(scalar) else { break }
            offset += length
        }
        guard offset > start else {
            throw error(offset < bytes.count ? "expected a name" : "the document ends where a name was expected")
        }
        return start..<offset
    }

    // MARK: Character data

    /// The text up to the next `<`, added to the innermost open element.
    private mutating func readCharacterData() throws(XMLSyntaxError) {
        let start = offset
        var isPlain = true
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == ascii("<") { break }
            if byte == ascii("&") || byte == ascii("\r") {
                isPlain = false
            } else if byte == ascii(">"), offset - start >= 2, bytes[offset - 1] == ascii("]"), bytes[offset - 2] == ascii("]") {
                throw error(at: offset - 2, "]]> is not allowed in text")
            }
            offset += 1
        }
        guard offset > start else { return }
        let string = isPlain ? text(start..<offset) : try decode(start..<offset, as: .content)
        open[open.count - 1].element.text += string
    }

    /// A quoted attribute value, references resolved and white space normalized.
    private mutating func readAttributeValue() throws(XMLSyntaxError) -> String {
        guard offset < bytes.count, bytes[offset] == ascii("\"") || bytes[offset] == ascii("'") else {
            throw error("expected a quoted attribute value")
        }
        let quote = bytes[offset]
        offset += 1
        let start = offset
        var isPlain = true
        while offset < bytes.count, bytes[offset] != quote {
            let byte = bytes[offset]
            if byte == ascii("<") { throw error("< is not allowed in an attribute value") }
            if byte == ascii("&") || byte < 0x20 { isPlain = false }
            offset += 1
        }
        guard offset < bytes.count else { throw error(at: start - 1, "an attribute value without its closing quote") }
        let end = offset
        offset += 1
        return isPlain ? text(start..<end) : try decode(start..<end, as: .attribute)
    }

    /// Where text comes from, which decides what `decode` does with it.
    private enum TextKind {
        /// Character data: references resolved, line ends normalized.
        case content
        /// An attribute value: references resolved, and tabs and line ends become spaces.
        case attribute
        /// A CDATA section: line ends normalized only.
        case cdata
    }

    /// The text of `range` with line ends normalized (`\r\n` and `\r` to `\n`), and references resolved and white
    /// space normalized as `kind` says.
    private mutating func decode(_ range: Range<Int>, as kind: TextKind) throws(XMLSyntaxError) -> String {
        let isAttribute = kind == .attribute
        scratch.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case ascii("&") where kind != .cdata:
                index = try appendReference(at: index, before: range.upperBound)
            case ascii("\r"):
                scratch.append(isAttribute ? ascii(" ") : ascii("\n"))
                index += index + 1 < range.upperBound && bytes[index + 1] == ascii("\n") ? 2 : 1
            case ascii("\n"), ascii("\t"):
                scratch.append(isAttribute ? ascii(" ") : byte)
                index += 1
            default:
                scratch.append(byte)
                index += 1
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Appends what the reference at `start` (`&amp;`, `&#10;`, `&#x1F600;`) stands for and returns the offset
    /// after it.
    private mutating func appendReference(at start: Int, before end: Int) throws(XMLSyntaxError) -> Int {
        guard let semicolon = bytes[start..<end].firstIndex(of: ascii(";")) else {
            throw error(at: start, "a reference without its closing ;")
        }
        let body = bytes[(start + 1)..<semicolon]
        if body.first == ascii("#") {
            let isHex = body.dropFirst().first == ascii("x")
            let digits = body.dropFirst(isHex ? 2 : 1)
            var value: UInt32 = 0
            for digit in digits {
                guard let digitValue = Self.digitValue(digit, isHex: isHex) else {
                    throw error(at: start, "a character reference must be &#digits; or &#xhex-digits;")
                }
                value = value * (isHex ? 16 : 10) + digitValue
                guard value <= 0x10FFFF else { throw error(at: start, "a character reference past U+10FFFF") }
            }
            guard !digits.isEmpty else { throw error(at: start, "a character reference without digits") }
            guard XMLCharacters.isAllowed(value), let scalar = Unicode.Scalar(value) else {
                throw error(at: start, "a character reference to \(XMLCharacters.hex(value)), which XML does not allow")
            }
            scratch.append(contentsOf: String(scalar).utf8)
        } else {
            switch String(decoding: body, as: UTF8.self) {
            case "lt": scratch.append(ascii("<"))
            case "gt": scratch.append(ascii(">"))
            case "amp": scratch.append(ascii("&"))
            case "apos": scratch.append(ascii("'"))
            case "quot": scratch.append(ascii("\""))
            case let name:
                throw error(at: start, "the entity &\(name); is not declared (only &lt; &gt; &amp; &apos; &quot; are)")
            }
        }
        return semicolon + 1
    }

    private static func digitValue(_ byte: UInt8, isHex: Bool) -> UInt32? {
        switch byte {
        case ascii("0")...ascii("9"): UInt32(byte - ascii("0"))
        case ascii("a")...ascii("f") where isHex: UInt32(byte - ascii("a") + 10)
        case ascii("A")...ascii("F") where isHex: UInt32(byte - ascii("A") + 10)
        default: nil
        }
    }

    /// `<![CDATA[...]]>`, whose text goes to the innermost open element as it is (line ends normalized).
    private mutating func readCDATASection() throws(XMLSyntaxError) {
        let start = offset + 9
        guard let end = find("]]>", from: start) else { throw error("a CDATA section without its closing ]]>") }
        offset = end + 3
        let contents = bytes[start..<end].contains(ascii("\r")) ? try decode(start..<end, as: .cdata) : text(start..<end)
        open[open.count - 1].element.text += contents
    }

    // MARK: Markup that is skipped

    /// `<!-- ... -->`, where `--` may not appear inside.
    private mutating func skipComment() throws(XMLSyntaxError) {
        let start = offset
        guard let dashes = find("--", from: offset + 4) else { throw error(at: start, "a comment without its closing -->") }
        guard dashes + 2 < bytes.count else { throw error(at: start, "a comment without its closing -->") }
        guard bytes[dashes + 2] == ascii(">") else { throw error(at: dashes, "-- inside a comment") }
        offset = dashes + 3
    }

    /// `<?target data?>`, other than the XML declaration.
    private mutating func skipProcessingInstruction() throws(XMLSyntaxError) {
        let start = offset
        offset += 2
        let target = try readName()
        if text(target).lowercased() == "xml" {
            throw error(at: start, "the target xml is reserved for the XML declaration, which only the start of the document may have")
        }
        guard hasPrefix("?>") || skipSpace() else {
            throw error("expected white space or ?> after the processing instruction's target")
        }
        guard let end = find("?>", from: offset) else { throw error(at: start, "a processing instruction without its closing ?>") }
        offset = end + 2
    }

    // MARK: Bytes

    /// Skips white space and tells whether there was any.
    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = offset
        while offset < bytes.count, bytes[offset].isXMLSpace { offset += 1 }
        return offset > start
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(XMLSyntaxError) {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: character) else {
            throw error(offset < bytes.count ? "expected \(character)" : "the document ends where \(character) was expected")
        }
        offset += 1
    }

    private func hasPrefix(_ prefix: some Collection<UInt8>) -> Bool {
        bytes[offset...].starts(with: prefix)
    }

    private func hasPrefix(_ prefix: StaticString) -> Bool {
        hasPrefix(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
    }

    /// The offset of the next `needle` at or after `start`, or nil.
    private func find(_ needle: StaticString, from start: Int) -> Int? {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var index = start
        while index + pattern.count <= bytes.count {
            guard let first = bytes[index...(bytes.count - pattern.count)].firstIndex(of: pattern[0]) else { return nil }
            if bytes[first..<(first + pattern.count)].elementsEqual(pattern) { return first }
            index = first + 1
        }
        return nil
    }

    private func same(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        bytes[first].elementsEqual(bytes[second])
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func error(_ message: String) -> XMLSyntaxError {
        XMLSyntaxError(offset: offset, message: message)
    }

    private func error(at offset: Int, _ message: String) -> XMLSyntaxError {
        XMLSyntaxError(offset: offset, message: message)
    }
}

private func ascii(_ scalar: Unicode.Scalar) -> UInt8 {
    UInt8(ascii: scalar)
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
