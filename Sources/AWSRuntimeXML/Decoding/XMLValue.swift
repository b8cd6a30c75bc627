import AWSXML

/// What a value of a response is read from: an element, the repeated elements of a flattened list or map, the
/// text of an attribute, or the raw bytes of a blob or string payload.
enum XMLValue {
    /// One element: a structure, a wrapped list or map, or a scalar's text.
    case element(AWSXMLElement)
    /// The sibling elements of a flattened list (each an element) or map (each an entry).
    case elements([AWSXMLElement])
    /// An attribute's value.
    case text(String)
    /// A blob or string payload: the whole body.
    case bytes([UInt8])

    /// The text a scalar is read from; nil for the elements of a flattened collection.
    var scalarText: String? {
        switch self {
        case .element(let element): element.text
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .elements: nil
        }
    }

    /// The elements of a list, or the entries of a map: every child of a wrapping element, whatever its name
    /// (as botocore reads them), or the elements of a flattened collection.
    var items: [AWSXMLElement]? {
        switch self {
        case .element(let element): element.children
        case .elements(let elements): elements
        case .text, .bytes: nil
        }
    }

    /// A short name of the value's kind, for messages.
    var kindName: String {
        switch self {
        case .element: "an element"
        case .elements: "repeated elements"
        case .text: "an attribute"
        case .bytes: "a payload"
        }
    }
}
