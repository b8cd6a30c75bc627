extension SmithyReader {
    /// The botocore `protocol` and `jsonVersion` of each protocol trait, in the order botocore's `protocols`
    /// lists them (`["smithy-rpc-v2-cbor", "json", "query"]`): a service with several traits speaks the
    /// first the generator supports, as botocore does.
    static let protocols: [(trait: String, protocol: String, jsonVersion: String?)] = [
        ("smithy.protocols#rpcv2Cbor", "smithy-rpc-v2-cbor", nil),
        ("aws.protocols#awsJson1_0", "json", "1.0"),
        ("aws.protocols#awsJson1_1", "json", "1.1"),
        ("aws.protocols#restJson1", "rest-json", nil),
        ("aws.protocols#restXml", "rest-xml", nil),
        ("aws.protocols#awsQuery", "query", nil),
        ("aws.protocols#ec2Query", "ec2", nil),
    ]

    /// The metadata of the service shape `node`, named `name`.
    func readMetadata(_ node: JNode, name: String) throws -> ServiceMetadata {
        let traits = try SmithyTraits(of: node)
        guard let service = try traits.value("aws.api#service") else {
            throw node.error("missing required trait 'aws.api#service'")
        }
        guard let version = try node.string("version") else { throw node.error("missing required key 'version'") }
        let present = try Self.protocols.filter { try traits.has($0.trait) }
        let chosen = ServiceMetadata.clientProtocol(in: present.map(\.protocol))
        guard let wire = present.first(where: { $0.protocol == chosen }) ?? present.first else {
            throw node.error("no protocol trait (\(Self.protocols.map(\.trait).joined(separator: ", ")))")
        }
        let sdkID = try service.requiredString("sdkId")
        let endpointPrefix = try service.string("endpointPrefix") ?? service.string("arnNamespace") ?? sdkID.lowercased()
        return ServiceMetadata(
            apiVersion: version,
            endpointPrefix: endpointPrefix,
            protocol: wire.protocol,
            serviceId: sdkID,
            serviceFullName: try traits.string("title") ?? endpointPrefix,
            signingName: try traits.value("aws.auth#sigv4")?.string("name"),
            jsonVersion: wire.jsonVersion,
            targetPrefix: ["json", "smithy-rpc-v2-cbor"].contains(wire.protocol) ? name : nil,
            globalEndpoint: nil,
            queryCompatible: try traits.has("aws.protocols#awsQueryCompatible"))
    }

    /// The ids of the operations of the service shape `service` and of its resources, recursively, each once.
    func operationIDs(of service: JNode) throws -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        var pending = [service]
        while !pending.isEmpty {
            let node = pending.removeFirst()
            var operations = try targets(node, "operations") + targets(node, "collectionOperations")
            for key in ["create", "put", "read", "update", "delete", "list"] {
                if let reference = try node.member(key) { operations.append(reference) }
            }
            for reference in operations {
                let id = try reference.requiredString("target")
                guard let operation = nodes[id] else { throw reference.error("unknown shape '\(id)'") }
                guard try type(of: operation) == "operation" else { throw reference.error("'\(id)' is not an operation") }
                if seen.insert(id).inserted { result.append(id) }
            }
            for reference in try targets(node, "resources") {
                let id = try reference.requiredString("target")
                guard let resource = nodes[id] else { throw reference.error("unknown shape '\(id)'") }
                if seen.insert(id).inserted { pending.append(resource) }
            }
        }
        return result
    }

    /// The operation shape `node`; `serviceErrors` are the service's `errors`, which every operation can return.
    func readOperation(name: String, _ node: JNode, serviceErrors: [JNode]) throws -> Operation {
        let traits = try SmithyTraits(of: node)
        let http = try traits.value("http")
        let uri = try http?.requiredString("uri") ?? "/"
        if !uri.hasPrefix("/"), let http {
            throw (try http.member("uri") ?? http).error("requestUri must start with '/'")
        }
        var errors: [String] = []
        for reference in try targets(node, "errors") + serviceErrors {
            let error = try structureName(reference, role: "error")
            if !errors.contains(error) { errors.append(error) }
        }
        let deprecation = try traits.deprecation()
        var operation = Operation(
            name: name,
            method: try http?.requiredString("method") ?? "POST",
            requestURI: uri,
            responseCode: try http?.member("code").map { Int(try $0.int()) },
            input: try ioReference(node, "input").map { try withXMLRoot($0, of: node) },
            output: try ioReference(node, "output").map { output in
                // awsQuery wraps every output in `<Operation>Result`; ec2 wraps none.
                var output = output
                if wireProtocol == "query" { output.resultWrapper = name + "Result" }
                return output
            },
            errors: errors,
            documentation: try traits.string("documentation"),
            deprecated: deprecation.deprecated,
            deprecatedMessage: deprecation.message,
            hostPrefix: try traits.value("endpoint")?.string("hostPrefix"))
        // `@auth([])`, or a list of schemes without SigV4: the operation is not signed.
        operation.unsigned = try traits.value("auth").map { try !$0.elements().contains { try $0.string().hasPrefix("aws.auth#sigv4") } } == true
        operation.endpointDiscoveryRequired = try traits.value("aws.api#clientDiscoveredEndpoint")?.bool("required") == true
        operation.staticContextParams = try EndpointContextReading.staticParams(traits.value("smithy.rules#staticContextParams"))
        operation.operationContextParams = try EndpointContextReading.operationParams(
            traits.value("smithy.rules#operationContextParams"))
        operation.httpChecksum = try HTTPChecksumReading.trait(
            traits.value("aws.protocols#httpChecksum"), required: traits.value("smithy.api#httpChecksumRequired"))
        return operation
    }

    /// The `input` or `output` of an operation, or nil when absent or `smithy.api#Unit`.
    private func ioReference(_ operation: JNode, _ key: String) throws -> ShapeReference? {
        guard let reference = try operation.member(key), try shapeName(reference) != Self.unit else { return nil }
        return ShapeReference(shape: try structureName(reference, role: key))
    }

    /// `input`, of the operation `operation`, with the root element and namespace of a rest-xml request body, as
    /// botocore's models set them: the input's `xmlName` or shape name, and its `xmlNamespace` or the service's.
    private func withXMLRoot(_ input: ShapeReference, of operation: JNode) throws -> ShapeReference {
        guard wireProtocol == "rest-xml", let id = try operation.member("input")?.string("target"), let shape = nodes[id]
        else { return input }
        var input = input
        let traits = try SmithyTraits(of: shape)
        input.locationName = try traits.string("xmlName") ?? input.shape
        input.xmlNamespace = try traits.xmlNamespace() ?? serviceXMLNamespace
        return input
    }

    /// The name of the structure that `reference` targets; an error when it targets another kind of shape.
    private func structureName(_ reference: JNode, role: String) throws -> String {
        let name = try shapeName(reference)
        guard shapes[name]?.structure != nil else {
            throw (try reference.member("target") ?? reference).error("\(role) '\(name)' is not a structure")
        }
        return name
    }

    /// The paginator of the operation `node` from its `paginated` trait, whose unset keys come from the
    /// service's `paginated` trait `defaults`; nil when the operation is not paginated.
    func paginator(_ node: JNode, defaults: JNode?) throws -> Paginator? {
        guard let paginated = try SmithyTraits(of: node).value("paginated") else { return nil }
        func value(_ key: String) throws -> String? {
            try paginated.string(key) ?? defaults?.string(key)
        }
        return Paginator(
            inputToken: try value("inputToken").map { [$0] } ?? [],
            outputToken: try value("outputToken").map { [$0] } ?? [],
            limitKey: try value("pageSize"),
            resultKey: try value("items").map { [$0] } ?? [])
    }
}
