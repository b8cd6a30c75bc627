import AWSXML

/// Compares rest-xml request bodies as XML: the same elements, attributes, namespaces and text, with the
/// whitespace between elements (the suites' indentation) ignored and map entries in any order (see
/// `MapEntryOrder`).
enum XMLBodies {
    /// Whether both bodies parse as XML and hold the same document.
    static func match(_ actual: [UInt8], _ expected: String, maps: MapEntryOrder) -> Bool {
        guard let got = try? AWSXMLElement.parse(actual), let want = try? AWSXMLElement.parse(Array(expected.utf8)) else {
            return false
        }
        return maps.xml(normalized(got)) == maps.xml(normalized(want))
    }

    /// The element with the text of elements that hold children dropped when it is only whitespace.
    private static func normalized(_ element: AWSXMLElement) -> AWSXMLElement {
        var copy = element
        copy.children = element.children.map(normalized)
        if !copy.children.isEmpty, copy.text.allSatisfy(\.isWhitespace) { copy.text = "" }
        return copy
    }
}
