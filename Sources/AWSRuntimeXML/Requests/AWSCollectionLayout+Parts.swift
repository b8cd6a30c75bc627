@_spi(Generated) import AWSRuntime

extension AWSCollectionLayout {
    /// The layout of the elements of a list, or of the values of a map, when they are collections themselves.
    var elementLayout: AWSCollectionLayout? {
        switch self {
        case .list(_, _, _, let element): element
        case .map(_, _, _, _, _, let element): element
        }
    }

    /// Whether the list or map is flattened.
    var isFlattened: Bool {
        switch self {
        case .list(_, _, let flattened, _): flattened
        case .map(_, _, _, _, let flattened, _): flattened
        }
    }

    /// The name the model gives a list's elements, if any.
    var memberName: String? {
        if case .list(let member, _, _, _) = self { member } else { nil }
    }

    /// The namespace a list's elements declare, if any.
    var memberNamespace: AWSXMLNamespace? {
        if case .list(_, let namespace, _, _) = self { namespace } else { nil }
    }

    /// The names the model gives a map entry's key and value, if any.
    var entryNames: (key: String?, value: String?) {
        if case .map(let key, _, let value, _, _, _) = self { (key, value) } else { (nil, nil) }
    }

    /// The namespaces a map entry's key and value elements declare, if any.
    var entryNamespaces: (key: AWSXMLNamespace?, value: AWSXMLNamespace?) {
        if case .map(_, let key, _, let value, _, _) = self { (key, value) } else { (nil, nil) }
    }
}
