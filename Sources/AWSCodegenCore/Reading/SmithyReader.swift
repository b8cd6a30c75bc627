/// Reads a Smithy JSON AST model into the `ServiceModel` that `ModelReader` gives for its botocore twin.
///
/// Shape names lose their namespace (`com.amazonaws.docdbelastic#Cluster` is `Cluster`), traits become the
/// botocore keys they stand for, and a member with its own constraint traits gets a shape of its own named
/// `<Structure><Member><Target>`, as botocore's models spell it. Prelude shapes (`smithy.api#String`, …)
/// keep their absolute ids, so they never clash with the service's shapes. Errors name the JSON path.
package struct SmithyReader {
    /// Whether `document` is a Smithy JSON AST: an object with a top-level `smithy` key.
    package static func isSmithy(_ document: JSONCDocument) throws -> Bool {
        let root = document.rootNode
        return try root.isObject && root.member("smithy") != nil
    }

    /// Reads the service of `document`, its operations and its shapes.
    package static func read(_ document: JSONCDocument) throws -> ServiceModel {
        var reader = try SmithyReader(document)
        return try reader.read()
    }

    /// The prelude shapes that models target, by absolute id.
    static let prelude: [String: Shape.Kind] = [
        "String": .string(enumValues: nil), "Blob": .blob, "Boolean": .boolean, "PrimitiveBoolean": .boolean,
        "Byte": .byte, "PrimitiveByte": .byte, "Short": .short, "PrimitiveShort": .short,
        "Integer": .integer, "PrimitiveInteger": .integer, "Long": .long, "PrimitiveLong": .long,
        "Float": .float, "PrimitiveFloat": .float, "Double": .double, "PrimitiveDouble": .double,
        "BigInteger": .bigInteger, "BigDecimal": .bigDecimal, "Timestamp": .timestamp, "Document": .document,
    ].reduce(into: [:]) { $0["smithy.api#" + $1.key] = $1.value }

    /// The shape that stands for "no input" or "no output".
    static let unit = "smithy.api#Unit"

    let root: JNode
    /// Shape nodes by absolute id.
    let nodes: [String: JNode]
    /// Absolute ids in document order.
    let ids: [String]
    /// Shapes read so far, by botocore name.
    var shapes: [String: Shape] = [:]
    /// Whether members bind to HTTP messages (`httpHeader`, `httpLabel`, …): true for the REST protocols only,
    /// as botocore drops those traits for the others.
    var httpBindings = false
    /// The protocol the service speaks, whose traits decide members' wire names: `xmlName` for the query, ec2
    /// and rest-xml protocols, `jsonName` for the others.
    var wireProtocol = ""
    /// The service's `xmlNamespace`, which a rest-xml request body's root element declares.
    var serviceXMLNamespace: XMLNamespace?
    /// Whether error shapes take their code from `aws.protocols#awsQueryError`: for the query protocols, and
    /// for JSON services that are `awsQueryCompatible`.
    var queryErrorCodes = false
    /// Members with constraint traits of their own: the shape to add, and the target shape it copies.
    var constrainedMembers: [(name: String, target: String, constraints: SmithyConstraints)] = []

    private init(_ document: JSONCDocument) throws {
        root = document.rootNode
        guard let shapesNode = try root.member("shapes") else { throw root.error("missing required key 'shapes'") }
        let members = try shapesNode.members()
        ids = members.map(\.key)
        nodes = Dictionary(members.map { ($0.key, $0.value) }) { first, _ in first }
    }

    private mutating func read() throws -> ServiceModel {
        let services = try ids.filter { try type(of: nodes[$0]!) == "service" }
        guard services.count == 1 else {
            throw root.error("expected one service shape, found \(services.count)")
        }
        let serviceID = services[0]
        let service = nodes[serviceID]!
        let serviceTraits = try SmithyTraits(of: service)
        let metadata = try readMetadata(service, name: Self.localName(serviceID))
        httpBindings = metadata.protocol.hasPrefix("rest-")
        wireProtocol = metadata.protocol
        serviceXMLNamespace = try serviceTraits.xmlNamespace()
        queryErrorCodes = ["query", "ec2"].contains(metadata.protocol) || metadata.queryCompatible
        for id in ids where try !["service", "resource", "operation"].contains(type(of: nodes[id]!)) {
            let name = Self.localName(id)
            guard shapes[name] == nil else {
                throw nodes[id]!.error("shape name '\(name)' is used by two shapes")
            }
            shapes[name] = try readShape(id: id, nodes[id]!)
        }
        for (id, kind) in Self.prelude {
            shapes[id] = Shape(
                name: id, kind: kind, sensitive: false, deprecated: false, streaming: false, eventStream: false)
        }
        for member in constrainedMembers {
            var shape = member.constraints.applied(to: shapes[member.target]!)
            shape.name = member.name
            shapes[member.name] = shape
        }
        var model = ServiceModel(
            metadata: metadata,
            documentation: try serviceTraits.string("documentation"),
            operations: [:],
            shapes: shapes,
            endpointRuleSet: try serviceTraits.value("smithy.rules#endpointRuleSet").map(Self.endpointRuleSet),
            clientContextParams: try EndpointContextReading.clientParams(serviceTraits.value("smithy.rules#clientContextParams")))
        let servicePagination = try serviceTraits.value("paginated")
        let serviceErrors = try targets(service, "errors")
        let endpointOperation = try serviceTraits.value("aws.api#clientEndpointDiscovery")?.string("operation")
        for id in try operationIDs(of: service) {
            let node = nodes[id]!
            var operation = try readOperation(name: Self.localName(id), node, serviceErrors: serviceErrors)
            operation.isEndpointOperation = id == endpointOperation
            model.operations[operation.name] = operation
            if let paginator = try paginator(node, defaults: servicePagination) {
                model.paginators[operation.name] = paginator
            }
            let waiters = try self.waiters(node, operation: operation.name)
            model.waiters += waiters.waiters
            model.warnings += waiters.warnings
        }
        return model
    }

    /// The `type` of a shape node.
    func type(of node: JNode) throws -> String {
        guard let type = try node.string("type") else { throw node.error("missing required key 'type'") }
        return type
    }

    /// The part of an absolute shape id after `#`.
    static func localName(_ id: String) -> String {
        id.firstIndex(of: "#").map { String(id[id.index(after: $0)...]) } ?? id
    }

    /// The botocore name of the shape that `node` (a `{"target": …}` reference) targets.
    func shapeName(_ node: JNode) throws -> String {
        guard let targetNode = try node.member("target") else { throw node.error("missing required key 'target'") }
        let target = try targetNode.string()
        if Self.prelude[target] != nil || target == Self.unit { return target }
        guard nodes[target] != nil else { throw targetNode.error("unknown shape '\(target)'") }
        return Self.localName(target)
    }

    /// The references (`{"target": …}`) in the array `key` of `node`, in order; empty when absent.
    func targets(_ node: JNode, _ key: String) throws -> [JNode] {
        try node.member(key)?.elements() ?? []
    }
}
