extension SmithyReader {
    /// The botocore kind of each simple Smithy shape type.
    static let simpleKinds: [String: Shape.Kind] = [
        "blob": .blob, "boolean": .boolean, "document": .document, "timestamp": .timestamp,
        "byte": .byte, "short": .short, "integer": .integer, "intEnum": .integer, "long": .long,
        "float": .float, "double": .double, "bigInteger": .bigInteger, "bigDecimal": .bigDecimal,
    ]

    /// The shape `node`, whose absolute id is `id`.
    mutating func readShape(id: String, _ node: JNode) throws -> Shape {
        let name = Self.localName(id)
        let type = try type(of: node)
        let traits = try SmithyTraits(of: node)
        let kind: Shape.Kind
        switch type {
        case "structure", "union":
            kind = .structure(try readStructure(name: name, node, isUnion: type == "union"))
        case "list", "set":
            kind = .list(member: try readMember(name: name, "member", of: node))
        case "map":
            kind = .map(key: try readMember(name: name, "key", of: node), value: try readMember(name: name, "value", of: node))
        case "string":
            kind = .string(enumValues: try traits.value("enum")?.elements().map { try $0.requiredString("value") })
        case "enum":
            kind = .string(enumValues: try node.member("members")?.members().map { member, value in
                try SmithyTraits(of: value).string("enumValue") ?? member
            } ?? [])
        default:
            guard let simple = Self.simpleKinds[type] else {
                throw (try node.member("type") ?? node).error("unknown shape type '\(type)'")
            }
            kind = simple
        }
        let constraints = try traits.constraints()
        let streaming = try traits.has("streaming")
        return Shape(
            name: name, kind: kind,
            documentation: try traits.string("documentation"),
            min: constraints.min,
            max: constraints.max,
            pattern: constraints.pattern,
            sensitive: try traits.has("sensitive"),
            deprecated: try traits.has("deprecated"),
            timestampFormat: try traits.timestampFormat(),
            streaming: streaming && type == "blob",
            eventStream: streaming && type == "union",
            xmlNamespace: try traits.xmlNamespace())
    }

    private mutating func readStructure(name: String, _ node: JNode, isUnion: Bool) throws -> Shape.Structure {
        var members: [(name: String, reference: ShapeReference)] = []
        var required: [String] = []
        var payload: String?
        for (member, value) in try node.member("members")?.members() ?? [] {
            let traits = try SmithyTraits(of: value)
            members.append((member, try readReference(owner: name, member: member, value)))
            if try traits.has("required") { required.append(member) }
            if try httpBindings && traits.has("httpPayload") { payload = member }
        }
        let traits = try SmithyTraits(of: node)
        let error = try traits.string("error")
        let retryable = try traits.value("retryable")
        return Shape.Structure(
            members: members,
            required: required,
            payload: payload,
            isUnion: isUnion,
            isException: error != nil,
            isFault: error == "server",
            errorCode: queryErrorCodes ? try traits.value("aws.protocols#awsQueryError")?.string("code") : nil,
            httpStatusCode: try traits.value("httpError").map { Int(try $0.int()) },
            senderFault: error == "client",
            retryable: retryable != nil,
            throttling: try retryable?.bool("throttling") ?? false,
            isDocument: false)
    }

    /// The `member`, `key` or `value` reference of a list or map shape.
    private mutating func readMember(name: String, _ key: String, of node: JNode) throws -> ShapeReference {
        guard let member = try node.member(key) else { throw node.error("missing required key '\(key)'") }
        return try readReference(owner: name, member: key, member)
    }

    /// The member `member` of shape `owner`, with its traits as botocore's reference keys.
    private mutating func readReference(owner: String, member: String, _ node: JNode) throws -> ShapeReference {
        let traits = try SmithyTraits(of: node)
        var reference = ShapeReference(shape: try shapeName(node))
        let wireName = ServiceMetadata.xmlProtocols.contains(wireProtocol) ? "xmlName" : "jsonName"
        if !httpBindings {
            reference.locationName = try traits.string(wireName)
        } else if try traits.has("httpLabel") {
            reference.location = .uri
            reference.locationName = member
        } else if let name = try traits.string("httpQuery") {
            reference.location = .querystring
            reference.locationName = name
        } else if try traits.has("httpQueryParams") {
            reference.location = .querystring
        } else if let name = try traits.string("httpHeader") {
            reference.location = .header
            reference.locationName = name
        } else if let prefix = try traits.string("httpPrefixHeaders") {
            reference.location = .headers
            reference.locationName = prefix
        } else if try traits.has("httpResponseCode") {
            reference.location = .statusCode
        } else if try wireProtocol == "rest-xml" && traits.has("httpPayload"), let target = try targetNode(of: node),
            try type(of: target) == "structure"
        {
            // A structure payload is the root element, named by its shape's `xmlName` or its shape name.
            reference.locationName = try SmithyTraits(of: target).string("xmlName") ?? reference.shape
        } else {
            reference.locationName = try traits.string(wireName)
        }
        let deprecation = try traits.deprecation()
        reference.documentation = try traits.string("documentation")
        reference.idempotencyToken = try traits.has("idempotencyToken")
        reference.hostLabel = try traits.has("hostLabel")
        reference.contextParam = try traits.value("smithy.rules#contextParam")?.requiredString("name")
        reference.eventHeader = try traits.has("eventHeader")
        reference.eventPayload = try traits.has("eventPayload")
        reference.timestampFormat = try traits.timestampFormat()
        reference.deprecated = deprecation.deprecated
        reference.deprecatedMessage = deprecation.message
        reference.jsonValue = try mediaType(of: node) == "application/json"
        try readXMLTraits(traits, member: member, into: &reference)
        let constraints = try traits.constraints()
        if !constraints.isEmpty {
            let name = owner + member.prefix(1).uppercased() + member.dropFirst() + Self.localName(reference.shape)
            constrainedMembers.append((name, reference.shape, constraints))
            reference.shape = name
        }
        return reference
    }

    /// The XML traits of the member `member` as botocore's keys: `xmlFlattened`, `xmlAttribute` and
    /// `xmlNamespace`, and for ec2 its request name: `ec2QueryName` as is, else its wire name or its name capitalized.
    private func readXMLTraits(_ traits: SmithyTraits, member: String, into reference: inout ShapeReference) throws {
        reference.flattened = try traits.has("xmlFlattened")
        reference.xmlAttribute = try traits.has("xmlAttribute")
        reference.xmlNamespace = try traits.xmlNamespace()
        if wireProtocol == "ec2" {
            let name = reference.locationName ?? member
            reference.queryName = try traits.string("aws.protocols#ec2QueryName") ?? name.prefix(1).uppercased() + name.dropFirst()
        }
    }

    /// The shape node that the member `node` targets, or nil for a prelude shape.
    private func targetNode(of node: JNode) throws -> JNode? {
        try node.string("target").flatMap { nodes[$0] }
    }

    /// The `mediaType` trait of the shape that the member `node` targets.
    private func mediaType(of node: JNode) throws -> String? {
        guard let shape = try targetNode(of: node) else { return nil }
        return try SmithyTraits(of: shape).string("mediaType")
    }
}
