/// An XML element as AWS's XML protocols use them (query, ec2 and rest-xml): a name, its namespace,
/// attributes, child elements and the text directly inside it. Mixed content keeps the text and the children,
/// not their interleaving, which no AWS shape depends on.
///
/// ```swift
/// let response = try AWSXMLElement.parse(bytes)
/// let topicArn = response["CreateTopicResult"]?["TopicArn"]?.text
/// ```
public struct AWSXMLElement: Sendable, Equatable {
    /// The local name, without a namespace prefix.
    public var name: String
    /// The namespace URI the element is in, from its or an ancestor's `xmlns`; nil when none.
    public var namespace: String?
    /// The attributes by qualified name (`xsi:type`), without the `xmlns` declarations.
    public var attributes: [String: String]
    /// The child elements, in document order.
    public var children: [AWSXMLElement]
    /// The character data directly inside the element, CDATA sections included, entities resolved.
    public var text: String

    /// Creates an element.
    public init(
        _ name: String, namespace: String? = nil, attributes: [String: String] = [:], children: [AWSXMLElement] = [],
        text: String = ""
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The first child named `name`.
    public subscript(_ name: String) -> AWSXMLElement? {
        children.first { $0.name == name }
    }

    /// Every child named `name`, in document order.
    public func children(named name: String) -> [AWSXMLElement] {
        children.filter { $0.name == name }
    }
}
