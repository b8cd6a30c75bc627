/// Reads a botocore `service-2.json` into a `ServiceModel`. Unknown keys are ignored.
package enum ModelReader {
    /// Reads the model in `document`.
    package static func read(_ document: JSONCDocument) throws -> ServiceModel {
        let root = document.rootNode
        guard root.isObject else { throw root.error("expected the model to be a JSON object") }
        guard let metadataNode = try root.member("metadata") else { throw root.error("missing required key 'metadata'") }
        guard let shapesNode = try root.member("shapes") else { throw root.error("missing required key 'shapes'") }
        var shapes: [String: Shape] = [:]
        for (name, node) in try shapesNode.members() {
            shapes[name] = try readShape(name: name, node)
        }
        var operations: [String: Operation] = [:]
        for (name, node) in try root.member("operations")?.members() ?? [] {
            operations[name] = try readOperation(name: name, node)
            try applyInputPayload(node, to: &shapes)
        }
        try applyShapeLocations(shapesNode, to: &shapes)
        var model = ServiceModel(
            metadata: try readMetadata(metadataNode),
            documentation: try root.string("documentation"),
            operations: operations,
            shapes: shapes)
        model.clientContextParams = try EndpointContextReading.clientParams(root.member("clientContextParams"))
        return model
    }

    /// Older models name the payload member on the operation's `input` reference rather than on the shape.
    private static func applyInputPayload(_ operation: JNode, to shapes: inout [String: Shape]) throws {
        guard let input = try operation.member("input"), let payload = try input.string("payload"),
            let name = try input.string("shape"), case .structure(var structure)? = shapes[name]?.kind,
            structure.payload == nil
        else { return }
        structure.payload = payload
        shapes[name]!.kind = .structure(structure)
    }

    /// Older models set `location` and `locationName` on a member's target shape rather than on the member;
    /// botocore reads them from there when the member sets none (it merges a reference's traits over its
    /// shape's), so a shape's `locationName` also names the elements of the lists and the members that hold it.
    private static func applyShapeLocations(_ shapesNode: JNode, to shapes: inout [String: Shape]) throws {
        var locations: [String: (location: MemberLocation?, name: String?)] = [:]
        for (name, node) in try shapesNode.members() {
            let location = try node.string("location").flatMap(MemberLocation.init(rawValue:))
            let locationName = try node.string("locationName")
            if location != nil || locationName != nil { locations[name] = (location, locationName) }
        }
        guard !locations.isEmpty else { return }
        func inherit(_ reference: inout ShapeReference) {
            guard let shapeLocation = locations[reference.shape] else { return }
            if reference.location == .body, let location = shapeLocation.location {
                reference.location = location
            }
            reference.locationName = reference.locationName ?? shapeLocation.name
        }
        for (name, shape) in shapes {
            switch shape.kind {
            case .structure(var structure):
                for index in structure.members.indices { inherit(&structure.members[index].reference) }
                shapes[name]!.kind = .structure(structure)
            case .list(var member):
                inherit(&member)
                shapes[name]!.kind = .list(member: member)
            case .map(var key, var value):
                inherit(&key)
                inherit(&value)
                shapes[name]!.kind = .map(key: key, value: value)
            default:
                break
            }
        }
    }

    /// The metadata; its protocol is the first of `protocols` the generator supports, else `protocol`.
    private static func readMetadata(_ node: JNode) throws -> ServiceMetadata {
        let endpointPrefix = try node.requiredString("endpointPrefix")
        let declared = try node.requiredString("protocol")
        let listed = try node.strings("protocols") ?? []
        var metadata = ServiceMetadata(
            apiVersion: try node.requiredString("apiVersion"),
            endpointPrefix: endpointPrefix,
            protocol: ServiceMetadata.clientProtocol(in: listed) ?? declared,
            serviceId: try node.string("serviceId") ?? endpointPrefix,
            serviceFullName: try node.string("serviceFullName") ?? endpointPrefix,
            signingName: try node.string("signingName"),
            jsonVersion: try node.string("jsonVersion"),
            targetPrefix: try node.string("targetPrefix"),
            globalEndpoint: try node.string("globalEndpoint"))
        metadata.queryCompatible = try node.member("awsQueryCompatible") != nil
        return metadata
    }

    private static func readOperation(name: String, _ node: JNode) throws -> Operation {
        guard let http = try node.member("http") else { throw node.error("missing required key 'http'") }
        var operation = Operation(
            name: try node.string("name") ?? name,
            method: try http.requiredString("method"),
            requestURI: try http.requiredString("requestUri"),
            responseCode: try http.member("responseCode").map { Int(try $0.int()) },
            input: try node.member("input").map(readReference),
            output: try node.member("output").map(readReference),
            errors: try node.member("errors")?.elements().map { try $0.requiredString("shape") } ?? [],
            documentation: try node.string("documentation"),
            deprecated: try node.bool("deprecated") ?? false,
            deprecatedMessage: try node.string("deprecatedMessage"),
            hostPrefix: try node.member("endpoint")?.string("hostPrefix"))
        let auth = try node.strings("auth")
        operation.unsigned = try node.string("authtype") == "none"
            || auth.map { !$0.isEmpty && !$0.contains { $0.hasPrefix("aws.auth#sigv4") } } == true
        operation.endpointDiscoveryRequired = try node.member("endpointdiscovery")?.bool("required") == true
        operation.isEndpointOperation = try node.bool("endpointoperation") == true
        operation.staticContextParams = try EndpointContextReading.staticParams(node.member("staticContextParams"))
        operation.operationContextParams = try EndpointContextReading.operationParams(node.member("operationContextParams"))
        operation.httpChecksum = try HTTPChecksumReading.trait(
            node.member("httpChecksum"), required: node.member("httpChecksumRequired"))
        return operation
    }

    private static func readReference(_ node: JNode) throws -> ShapeReference {
        var reference = ShapeReference(shape: try node.requiredString("shape"))
        if let locationNode = try node.member("location") {
            let location = try locationNode.string()
            guard let value = MemberLocation(rawValue: location) else {
                throw locationNode.error("unknown location '\(location)'")
            }
            reference.location = value
        }
        reference.locationName = try node.string("locationName")
        reference.documentation = try node.string("documentation")
        reference.idempotencyToken = try node.bool("idempotencyToken") ?? false
        reference.jsonValue = try node.bool("jsonvalue") ?? false
        reference.hostLabel = try node.bool("hostLabel") ?? false
        reference.timestampFormat = try node.string("timestampFormat")
        reference.deprecated = try node.bool("deprecated") ?? false
        reference.deprecatedMessage = try node.string("deprecatedMessage")
        reference.streaming = try node.bool("streaming") ?? false
        reference.eventStream = try node.bool("eventstream") ?? false
        reference.eventHeader = try node.bool("eventheader") ?? false
        reference.eventPayload = try node.bool("eventpayload") ?? false
        reference.flattened = try node.bool("flattened") ?? false
        reference.box = try node.bool("box") ?? false
        reference.sensitive = try node.bool("sensitive") ?? false
        reference.queryName = try node.string("queryName")
        reference.xmlAttribute = try node.bool("xmlAttribute") ?? false
        reference.xmlNamespace = try readXMLNamespace(node)
        reference.resultWrapper = try node.string("resultWrapper")
        reference.contextParam = try node.member("contextParam")?.requiredString("name")
        return reference
    }

    /// The `xmlNamespace` of a reference or shape: `{"uri": …, "prefix": …}`, or the URI alone as a string.
    private static func readXMLNamespace(_ node: JNode) throws -> XMLNamespace? {
        guard let namespace = try node.member("xmlNamespace") else { return nil }
        guard namespace.isObject else { return XMLNamespace(uri: try namespace.string(), prefix: nil) }
        return XMLNamespace(uri: try namespace.requiredString("uri"), prefix: try namespace.string("prefix"))
    }

    private static func readShape(name: String, _ node: JNode) throws -> Shape {
        guard let typeNode = try node.member("type") else { throw node.error("missing required key 'type'") }
        let type = try typeNode.string()
        let kind: Shape.Kind
        switch type {
        case "structure", "union":
            kind = .structure(try readStructure(node, isUnion: type == "union"))
        case "list":
            guard let member = try node.member("member") else { throw node.error("missing required key 'member'") }
            kind = .list(member: try readReference(member))
        case "map":
            guard let key = try node.member("key") else { throw node.error("missing required key 'key'") }
            guard let value = try node.member("value") else { throw node.error("missing required key 'value'") }
            kind = .map(key: try readReference(key), value: try readReference(value))
        case "string":
            kind = .string(enumValues: try node.strings("enum"))
        case "character":
            kind = .string(enumValues: nil)
        case "integer": kind = .integer
        case "long": kind = .long
        case "float": kind = .float
        case "double": kind = .double
        case "boolean": kind = .boolean
        case "timestamp": kind = .timestamp
        case "blob": kind = .blob
        case "document": kind = .document
        case "bigInteger": kind = .bigInteger
        case "bigDecimal": kind = .bigDecimal
        case "byte": kind = .byte
        case "short": kind = .short
        default:
            throw typeNode.error("unknown shape type '\(type)'")
        }
        return Shape(
            name: name, kind: kind,
            documentation: try node.string("documentation"),
            min: try node.bound("min"),
            max: try node.bound("max"),
            pattern: try node.string("pattern"),
            sensitive: try node.bool("sensitive") ?? false,
            deprecated: try node.bool("deprecated") ?? false,
            timestampFormat: try node.string("timestampFormat"),
            streaming: try node.bool("streaming") ?? false,
            eventStream: try node.bool("eventstream") ?? false,
            flattened: try node.bool("flattened") ?? false,
            xmlNamespace: try readXMLNamespace(node))
    }

    private static func readStructure(_ node: JNode, isUnion: Bool) throws -> Shape.Structure {
        var members: [(name: String, reference: ShapeReference)] = []
        for (name, member) in try node.member("members")?.members() ?? [] {
            members.append((name, try readReference(member)))
        }
        let error = try node.member("error")
        let retryable = try node.member("retryable")
        return Shape.Structure(
            members: members,
            required: try node.strings("required") ?? [],
            payload: try node.string("payload"),
            isUnion: try isUnion || (node.bool("union") ?? false),
            isException: try node.bool("exception") ?? false,
            isFault: try node.bool("fault") ?? false,
            errorCode: try error?.string("code"),
            httpStatusCode: try error?.member("httpStatusCode").map { Int(try $0.int()) },
            senderFault: try error?.bool("senderFault") ?? false,
            retryable: retryable != nil,
            throttling: try retryable?.bool("throttling") ?? false,
            isDocument: try node.bool("document") ?? false)
    }
}
