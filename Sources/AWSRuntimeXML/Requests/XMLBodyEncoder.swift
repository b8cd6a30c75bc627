@_spi(Generated) import AWSRuntime
import AWSXML

/// Encodes a rest-xml input: its body members as the children (and attributes) of the operation's root
/// element, a structure payload member as an element of its own, and the values of the members bound
/// elsewhere as the `JSONValue`s the HTTP bindings read.
///
/// Elements are named and laid out as botocore's `RestXMLSerializer._serialize_type_*` write them: a member by
/// its wire name, a list's elements as `member` (or the model's name) inside it unless it is flattened, a map's
/// entries as `entry` with `key` and `value` (or the model's names) unless it is flattened, where each entry
/// is an element named for the map. A member's `xmlNamespace` is declared on its element as
/// `xmlns`/`xmlns:prefix`, an attribute member set on its structure's element.
struct XMLBodyEncoder {
    /// The parts of an encoded input.
    struct Encoded {
        /// The values of the members bound to the URI, query, headers or a raw payload, and of the host
        /// labels, by coding key.
        var values: [String: JSONValue] = [:]
        /// The root element holding the body members; nil when none is set.
        var body: AWSXMLElement?
        /// The element of the structure payload member, when it is set.
        var payload: AWSXMLElement?
    }

    /// Makes idempotency tokens for members left nil.
    let tokenGenerator: @Sendable () -> String

    /// Encodes `input`, whose root element is the operation's `xmlRoot` (else the input type's name) in the
    /// operation's namespace.
    func encode<Input: AWSEncodableShape>(_ input: Input, _ operation: AWSOperation) throws -> Encoded {
        let bindings = XMLBindings(tree: TreeEncoder(requestTokens: tokenGenerator), hostLabels: operation.hostLabels)
        let holder = XMLSlot()
        let encoder = XMLEncoding(
            body: self, parent: holder, name: operation.xmlRoot ?? String(describing: Input.self),
            namespace: operation.xmlNamespace, member: nil, layout: nil, shapeMembers: Input.awsMembers, bindings: bindings)
        try input.encode(to: encoder)
        try encoder.finish()
        return Encoded(values: bindings.values, body: encoder.isEmpty ? nil : holder.children.first, payload: bindings.payload)
    }

    /// Appends `value` to `parent` as the element `name` (several elements for a flattened list or map): a
    /// leaf as text, anything else through an `XMLEncoding`. `member` has the traits of the member that holds
    /// the value (which a list's elements share), `layout` how it is laid out when it is a list or a map.
    func write<T: Encodable>(
        _ value: T, name: String, namespace: AWSXMLNamespace?, member: AWSMember?, layout: AWSCollectionLayout?,
        into parent: XMLSlot
    ) throws {
        if let text = LeafText.of(value, member: member) {
            parent.children.append(Self.element(name, namespace, text: text))
            return
        }
        let shape = T.self as? any AWSShape.Type
        let encoder = XMLEncoding(
            body: self, parent: parent, name: name, namespace: namespace, member: member, layout: layout,
            shapeMembers: shape?.awsMembers, bindings: nil)
        try value.encode(to: encoder)
        try encoder.finish()
    }

    /// An element that declares `namespace`, as an `xmlns` or `xmlns:prefix` attribute as botocore writes it
    /// on every element whose member has one.
    static func element(
        _ name: String, _ namespace: AWSXMLNamespace?, attributes: [String: String] = [:], children: [AWSXMLElement] = [],
        text: String = ""
    ) -> AWSXMLElement {
        var attributes = attributes
        if let namespace { attributes[namespace.prefix.map { "xmlns:" + $0 } ?? "xmlns"] = namespace.uri }
        return AWSXMLElement(name, attributes: attributes, children: children, text: text)
    }
}

/// The children and attributes of an element being built.
final class XMLSlot {
    /// The attributes by name, namespace declarations included.
    var attributes: [String: String] = [:]
    /// The child elements, in the order they were written.
    var children: [AWSXMLElement] = []
}

/// What the input's own members give besides body elements: the values of bound members and host labels,
/// and the structure payload.
final class XMLBindings {
    /// Encodes bound members as the HTTP bindings read them (a timestamp in its location's format).
    let tree: TreeEncoder
    /// The input members the host prefix names.
    let hostLabels: [String]
    /// The values of bound members and host labels, by coding key.
    var values: [String: JSONValue] = [:]
    /// The element of the structure payload member, once written.
    var payload: AWSXMLElement?

    /// Bindings whose bound members `tree` encodes.
    init(tree: TreeEncoder, hostLabels: [String]) {
        self.tree = tree
        self.hostLabels = hostLabels
    }

    /// Keeps a member that is not in the body: a structure payload as its element (named by its `xmlName`,
    /// else its key), any other as its value.
    func bind<T: Encodable>(_ value: T, _ member: AWSMember, body: XMLBodyEncoder) throws {
        guard member.location == .payload else {
            values[member.key] = try tree.encodeValue(value, member: member, codingPath: [])
            return
        }
        let slot = XMLSlot()
        try body.write(value, name: member.xmlName ?? member.key, namespace: member.xmlNamespace, member: member,
                       layout: member.collection, into: slot)
        payload = slot.children.first
    }
}
