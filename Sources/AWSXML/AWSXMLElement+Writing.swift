extension AWSXMLElement {
    /// The element as XML text, without an XML declaration: attributes sorted by name, the namespace as an
    /// `xmlns` attribute where it differs from the parent's, the text before the children, and `<a/>` for an
    /// element with neither. `&`, `<` and `>` are escaped in text; `&`, `<`, `"` and line breaks and tabs in
    /// attribute values.
    public func serialized() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(to: &output, parentNamespace: nil)
        return output
    }

    /// The element as XML text; see `serialized()`.
    public func serializedString() -> String {
        String(decoding: serialized(), as: UTF8.self)
    }

    private func write(to output: inout [UInt8], parentNamespace: String?) {
        output.append(UInt8(ascii: "<"))
        output += name.utf8
        var attributes = attributes.sorted { $0.key < $1.key }
        if let namespace, namespace != parentNamespace { attributes.insert(("xmlns", namespace), at: 0) }
        for (key, value) in attributes {
            output.append(UInt8(ascii: " "))
            output += key.utf8
            output += "=\"".utf8
            Self.escape(value, inAttribute: true, to: &output)
            output.append(UInt8(ascii: "\""))
        }
        guard !text.isEmpty || !children.isEmpty else {
            output += "/>".utf8
            return
        }
        output.append(UInt8(ascii: ">"))
        Self.escape(text, inAttribute: false, to: &output)
        for child in children { child.write(to: &output, parentNamespace: namespace ?? parentNamespace) }
        output += "</".utf8
        output += name.utf8
        output.append(UInt8(ascii: ">"))
    }

    private static func escape(_ text: String, inAttribute: Bool, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += "&amp;".utf8
            case UInt8(ascii: "<"): output += "&lt;".utf8
            case UInt8(ascii: ">") where !inAttribute: output += "&gt;".utf8
            case UInt8(ascii: "\"") where inAttribute: output += "&quot;".utf8
            case UInt8(ascii: "\n") where inAttribute: output += "&#xA;".utf8
            case UInt8(ascii: "\r"): output += "&#xD;".utf8
            case UInt8(ascii: "\t") where inAttribute: output += "&#x9;".utf8
            default: output.append(byte)
            }
        }
    }
}
