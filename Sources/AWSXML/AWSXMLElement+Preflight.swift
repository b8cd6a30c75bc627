extension AWSXMLElement {
    /// Rejects, before FoundationXML sees them, the inputs that crash FoundationXML on Linux (it makes Swift
    /// strings from C strings without checking them: it traps on a name that is not UTF-8, and reads through a null
    /// pointer when libxml2 reports a processing instruction without data or a declaration of a document type
    /// without an identifier or a default). AWS sends none of these: UTF-8 documents without a document type
    /// declaration or processing instructions other than the XML declaration.
    static func preflight(_ bytes: [UInt8]) throws(AWSXMLError) {
        if let offset = firstInvalidUTF8(bytes) {
            throw AWSXMLError(at: offset, in: bytes, message: "the document is not valid UTF-8")
        }
        if let (offset, message) = firstUnsupportedMarkup(bytes) {
            throw AWSXMLError(at: offset, in: bytes, message: message)
        }
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The first document type declaration or processing instruction without data (`<?name?>`, with or without
    /// white space before `?>`), with what is wrong with it; nil when there is none.
    ///
    /// Every `<?` and `<!DOCTYPE` counts, inside a comment, a CDATA section or another processing instruction too:
    /// libxml2 recovers from errors and reads on, so markup that a reader following the grammar would skip can
    /// still reach FoundationXML (the fuzzer found `<?e?>` after a `<?` with no target, which such a reader takes
    /// for the start of a processing instruction running to the next `?>`).
    static func firstUnsupportedMarkup(_ bytes: [UInt8]) -> (offset: Int, message: String)? {
        var index = 0
        while let start = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let rest = bytes[start...]
            if rest.starts(with: "<!DOCTYPE".utf8) {
                return (start, "a document type declaration is not accepted")
            }
            if rest.starts(with: "<?".utf8) {
                let afterTarget = rest.dropFirst(2).drop { !$0.isXMLSpace && !"?<>".utf8.contains($0) }
                if afterTarget.drop(while: \.isXMLSpace).starts(with: "?>".utf8) {
                    return (start, "a processing instruction without data")
                }
            }
            index = start + 1
        }
        return nil
    }
}
