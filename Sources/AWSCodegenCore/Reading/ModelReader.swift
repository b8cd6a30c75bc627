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

    /// A member's, a list's, a map's or an operation's reference, read in one pass over its keys (a model has
    /// a reference for every member, and each may set any of twenty keys).
    private static func readReference(_ node: JNode) throws -> ShapeReference {
        var reference = ShapeReference(shape: "")
        var hasShape = false
        try node.forEachMember { key, value in
            switch key {
            case "shape":
                reference.shape = try value.string()
                hasShape = true
            case "location":
                let location = try value.string()
                guard let parsed = MemberLocation(rawValue: location) else { throw value.error("unknown location '\(location)'") }
                reference.location = parsed
            case "locationName": reference.locationName = try value.string()
            case "documentation": reference.documentation = try value.string()
            case "idempotencyToken": reference.idempotencyToken = try value.bool()
            case "jsonvalue": reference.jsonValue = try value.bool()
            case "hostLabel": reference.hostLabel = try value.bool()
            case "timestampFormat": reference.timestampFormat = try value.string()
            case "deprecated": reference.deprecated = try value.bool()
            case "deprecatedMessage": reference.deprecatedMessage = try value.string()
            case "streaming": reference.streaming = try value.bool()
            case "eventstream": reference.eventStream = try value.bool()
            case "eventheader": reference.eventHeader = try value.bool()
            case "eventpayload": reference.eventPayload = try value.bool()
            case "flattened": reference.flattened = try value.bool()
            case "box": reference.box = try value.bool()
            case "sensitive": reference.sensitive = try value.bool()
            case "queryName": reference.queryName = try value.string()
            case "xmlAttribute": reference.xmlAttribute = try value.bool()
            case "xmlNamespace": reference.xmlNamespace = try readXMLNamespace(value)
            case "resultWrapper": reference.resultWrapper = try value.string()
            case "contextParam": reference.contextParam = try value.requiredString("name")
            default: break
            }
        }
        guard hasShape else { throw node.error("missing required key 'shape'") }
        return reference
    }

    /// An `xmlNamespace` of a reference or shape: `{"uri": …, "prefix": …}`, or the URI alone as a string.
    private static func readXMLNamespace(_ namespace: JNode) throws -> XMLNamespace {
        guard namespace.isObject else { return XMLNamespace(uri: try namespace.string(), prefix: nil) }
        return XMLNamespace(uri: try namespace.requiredString("uri"), prefix: try namespace.string("prefix"))
    }

    /// A shape, read in one pass over its keys; the keys of one kind only are read once the type is known.
    private static func readShape(name: String, _ node: JNode) throws -> Shape {
        var shape = Shape(
            name: name, kind: .document, documentation: nil, min: nil, max: nil, pattern: nil, sensitive: false,
            deprecated: false, timestampFormat: nil, streaming: false, eventStream: false)
        var kindKeys = KindKeys()
        var typeNode: JNode?
        try node.forEachMember { key, value in
            switch key {
            case "type": typeNode = value
            case "documentation": shape.documentation = try value.string()
            case "min": shape.min = try value.bound()
            case "max": shape.max = try value.bound()
            case "pattern": shape.pattern = try value.string()
            case "sensitive": shape.sensitive = try value.bool()
            case "deprecated": shape.deprecated = try value.bool()
            case "timestampFormat": shape.timestampFormat = try value.string()
            case "streaming": shape.streaming = try value.bool()
            case "eventstream": shape.eventStream = try value.bool()
            case "flattened": shape.flattened = try value.bool()
            case "xmlNamespace": shape.xmlNamespace = try readXMLNamespace(value)
            case "member": kindKeys.member = value
            case "key": kindKeys.key = value
            case "value": kindKeys.value = value
            case "enum": kindKeys.enumValues = value
            case "members": kindKeys.members = value
            case "required": kindKeys.required = value
            case "payload": kindKeys.payload = value
            case "union": kindKeys.union = value
            case "exception": kindKeys.exception = value
            case "fault": kindKeys.fault = value
            case "error": kindKeys.error = value
            case "retryable": kindKeys.retryable = value
            case "document": kindKeys.document = value
            default: break
            }
        }
        guard let typeNode else { throw node.error("missing required key 'type'") }
        func required(_ value: JNode?, _ key: String) throws -> JNode {
            guard let value else { throw node.error("missing required key '\(key)'") }
            return value
        }
        let type = try typeNode.string()
        switch type {
        case "structure", "union":
            shape.kind = .structure(try readStructure(kindKeys, isUnion: type == "union"))
        case "list":
            shape.kind = .list(member: try readReference(required(kindKeys.member, "member")))
        case "map":
            let key = try required(kindKeys.key, "key")
            shape.kind = .map(key: try readReference(key), value: try readReference(required(kindKeys.value, "value")))
        case "string":
            shape.kind = .string(enumValues: try kindKeys.enumValues?.elements().map { try $0.string() })
        case "character": shape.kind = .string(enumValues: nil)
        case "integer": shape.kind = .integer
        case "long": shape.kind = .long
        case "float": shape.kind = .float
        case "double": shape.kind = .double
        case "boolean": shape.kind = .boolean
        case "timestamp": shape.kind = .timestamp
        case "blob": shape.kind = .blob
        case "document": shape.kind = .document
        case "bigInteger": shape.kind = .bigInteger
        case "bigDecimal": shape.kind = .bigDecimal
        case "byte": shape.kind = .byte
        case "short": shape.kind = .short
        default:
            throw typeNode.error("unknown shape type '\(type)'")
        }
        return shape
    }

    /// The keys of a shape that only some kinds read, set aside until its type is known.
    private struct KindKeys {
        var member, key, value, enumValues: JNode?
        var members, required, payload, union, exception, fault, error, retryable, document: JNode?
    }

    /// A structure's or union's parts, from the keys `readShape` set aside.
    private static func readStructure(_ keys: KindKeys, isUnion: Bool) throws -> Shape.Structure {
        var members: [(name: String, reference: ShapeReference)] = []
        try keys.members?.forEachMember { name, member in
            members.append((name, try readReference(member)))
        }
        let error = keys.error
        let retryable = keys.retryable
        return Shape.Structure(
            members: members,
            required: try keys.required?.elements().map { try $0.string() } ?? [],
            payload: try keys.payload?.string(),
            isUnion: try isUnion || (keys.union?.bool() ?? false),
            isException: try keys.exception?.bool() ?? false,
            isFault: try keys.fault?.bool() ?? false,
            errorCode: try error?.string("code"),
            httpStatusCode: try error?.member("httpStatusCode").map { Int(try $0.int()) },
            senderFault: try error?.bool("senderFault") ?? false,
            retryable: retryable != nil,
            throttling: try retryable?.bool("throttling") ?? false,
            isDocument: try keys.document?.bool() ?? false)
    }
}
