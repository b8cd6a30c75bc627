/// The traits that only the query, ec2 and rest-xml protocols read: ec2 names, list and map layouts, XML
/// attributes, namespaces and root element names.
extension IRBuilder {
    /// `traits` with the query, ec2 and XML traits of the member `memberName` of the shape `owner`.
    func addingXMLTraits(
        to traits: WireTraitsIR, _ reference: ShapeReference, _ target: Shape, memberName: String, codingKey: String,
        owner: String
    ) -> WireTraitsIR {
        var traits = traits
        // botocore's EC2Serializer: `queryName`, else `locationName` capitalized, else the member name as is.
        if wireProtocol == .ec2Query, selection.inputReachable.contains(owner) {
            let name = reference.queryName ?? reference.locationName.map(Self.upperFirst) ?? memberName
            if name != Self.upperFirst(codingKey) { traits.queryName = name }
        }
        traits.collection = collectionLayout(reference)
        traits.isXMLAttribute = reference.xmlAttribute
        traits.xmlNamespace = reference.xmlNamespace ?? target.xmlNamespace
        // botocore's RestXMLSerializer names a structure payload's root element by the member's `locationName`;
        // the shape name stands in when the model sets none.
        if wireProtocol == .restXML, traits.location == .payload(.structure), target.structure != nil {
            let name = reference.locationName ?? target.name
            if name != codingKey { traits.xmlName = name }
        }
        return traits
    }

    /// The layout of the list or map that `reference` targets, or nil when it is not one or is laid out by default.
    func collectionLayout(_ reference: ShapeReference) -> CollectionLayoutIR? {
        guard let shape = model.shapes[reference.shape] else { return nil }
        let flattened = reference.flattened || shape.flattened
        switch shape.kind {
        case .list(let member):
            let layout = CollectionLayoutIR.list(
                member: member.locationName, memberNamespace: namespace(member), flattened: flattened,
                element: collectionLayout(member))
            return layout == .list(member: nil, memberNamespace: nil, flattened: false, element: nil) ? nil : layout
        case .map(let key, let value):
            let layout = CollectionLayoutIR.map(
                key: key.locationName, keyNamespace: namespace(key), value: value.locationName,
                valueNamespace: namespace(value), flattened: flattened, element: collectionLayout(value))
            let defaultLayout = CollectionLayoutIR.map(
                key: nil, keyNamespace: nil, value: nil, valueNamespace: nil, flattened: false, element: nil)
            return layout == defaultLayout ? nil : layout
        default:
            return nil
        }
    }

    /// The namespace the element of a list member, map key or map value declares: its reference's, merged over
    /// its target shape's as botocore merges them.
    private func namespace(_ reference: ShapeReference) -> XMLNamespace? {
        reference.xmlNamespace ?? model.shapes[reference.shape]?.xmlNamespace
    }

    /// The root element and namespace of a rest-xml request body made of the input's body members (the
    /// `locationName` and `xmlNamespace` of the operation's input); nil for other protocols, and for inputs
    /// with a payload member or no body member.
    func xmlRoot(_ operation: Operation) -> (name: String?, namespace: XMLNamespace?)? {
        guard wireProtocol == .restXML, let input = operation.input,
            let structure = model.shapes[input.shape]?.structure, structure.payload == nil,
            structure.members.contains(where: { $0.reference.location == .body })
        else { return nil }
        // botocore merges the reference's traits over the input shape's: the shape's namespace when the
        // reference sets none.
        return (input.locationName, input.xmlNamespace ?? model.shapes[input.shape]?.xmlNamespace)
    }

    /// `name` with its first letter in capitals.
    static func upperFirst(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst()
    }
}
