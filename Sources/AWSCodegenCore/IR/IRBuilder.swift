/// Builds the `ModuleIR` of a model: names every type, maps shapes to Swift types, and works out
/// members, wire traits, constraints and operations.
struct IRBuilder {
    let model: ServiceModel
    let config: GeneratorConfig
    let selection: ShapeSelection
    let recursion: RecursionAnalysis
    /// Swift type names of generated shapes.
    let typeNames: [String: String]
    let moduleName: String
    /// Labels that some operation's `requestUri` uses greedily (`{Key+}`).
    let greedyLabels: Set<String>
    /// The protocol of the client; nil when the runtime does not speak the model's.
    let wireProtocol: ProtocolIR?
    /// The selected operations whose input is an event stream, which the runtime does not send.
    let inputEventStreamOperations: [String]

    init(model: ServiceModel, config: GeneratorConfig, selection: ShapeSelection) {
        self.model = model
        self.config = config
        self.selection = selection
        recursion = RecursionAnalysis(model: model, shapes: selection.shapes)
        let module = config.moduleName ?? Self.defaultModuleName(model.metadata)
        moduleName = module
        wireProtocol = ProtocolIR(model.metadata)
        greedyLabels = Set(selection.operations.flatMap { operation in
            AWSURITemplate.greedyLabels(operation.requestURI)
        })
        inputEventStreamOperations = selection.operations.filter { operation in
            guard let input = operation.input?.shape else { return false }
            return model.shapes[input]?.structure?.members.contains { member in
                member.reference.eventStream || model.shapes[member.reference.shape]?.eventStream == true
            } ?? false
        }.map(\.name)
        let generated = selection.shapes.filter { name in
            switch model.shapes[name]?.kind {
            case .structure(let structure): !structure.isDocument
            case .string(let values): values != nil
            default: false
            }
        }.sorted()
        let reserved = SwiftNames.reservedTypeNames.union(ModuleIR.declaredNames(module))
        let candidates = generated.map { name -> String in
            let base = SwiftNames.upperCamel(name)
            return reserved.contains(base) ? base + "Shape" : base
        }
        typeNames = Dictionary(uniqueKeysWithValues: zip(generated, SwiftNames.uniqued(candidates, taken: reserved)))
    }

    /// The module name of a model whose config sets none.
    static func defaultModuleName(_ metadata: ServiceMetadata) -> String {
        SwiftNames.upperCamel(metadata.serviceId)
    }

    /// Why the module has no client, when the runtime does not speak the model's protocol.
    var unsupportedProtocol: String? {
        wireProtocol == nil
            ? "protocol \(model.metadata.protocol) is not supported yet; the module holds the shapes only" : nil
    }

    /// The operations the client gets: none for an unsupported protocol, and none that send event streams.
    var clientOperations: [Operation] {
        guard unsupportedProtocol == nil else { return [] }
        let excluded = Set(inputEventStreamOperations)
        return selection.operations.filter { !excluded.contains($0.name) }
    }

    /// Warnings about what the module leaves out.
    var warnings: [String] {
        if let unsupportedProtocol { return [unsupportedProtocol] }
        let eventStreams = inputEventStreamOperations
        return eventStreams.isEmpty ? [] : ["input event streams are not supported yet; left out operations " + eventStreams.joined(separator: ", ")]
    }

    func build() -> ModuleIR {
        var structs: [StructIR] = []
        var unions: [UnionIR] = []
        var enums: [EnumIR] = []
        let errorSet = Set(selection.errors)
        for name in typeNames.sorted(by: { $0.value < $1.value }).map(\.key) {
            let shape = model.shapes[name]!
            switch shape.kind {
            case .structure(let structure) where structure.isUnion || shape.eventStream:
                unions.append(union(shape, structure))
            case .structure(let structure) where !errorSet.contains(name):
                structs.append(self.structure(shape, structure, isError: false))
            case .string(let values?):
                enums.append(enumeration(shape, values))
            default:
                break
            }
        }
        let structsByName = Dictionary(structs.map { ($0.name, $0) }) { first, _ in first }
        let errors = selection.errors.map { name in
            structure(model.shapes[name]!, model.shapes[name]!.structure!, isError: true)
        }.sorted { $0.name < $1.name }
        let metadata = model.metadata
        let operations = clientOperations.map { operation($0, structs: structsByName) }
        let waiters = self.waiters(operations)
        let paginators = self.paginators(structs: structsByName)
        let s3Transfers = wireProtocol == nil ? nil : s3Transfers(operations, structs: structsByName, enums: enums)
        structs = Self.markingWritable(structs, paginators: paginators.paginators, s3Transfers: s3Transfers)
        return ModuleIR(
            moduleName: moduleName,
            namespace: config.namespace,
            access: config.access,
            service: ServiceIR(
                serviceID: metadata.serviceId,
                signingName: metadata.signingName ?? metadata.endpointPrefix,
                endpointPrefix: metadata.endpointPrefix,
                apiVersion: metadata.apiVersion,
                wireProtocol: wireProtocol,
                queryCompatible: metadata.queryCompatible,
                documentation: DocumentationConverter.markdown(model.documentation ?? ""),
                title: metadata.serviceFullName,
                clientContextParams: model.endpointRuleSet == nil ? [] : model.clientContextParams,
                endpointOperation: endpointOperation(operations)),
            structs: structs,
            unions: unions,
            enums: enums,
            errors: errors,
            operations: operations,
            paginators: paginators.paginators,
            paginatorGaps: paginators.gaps,
            waiters: waiters,
            modelNamedShapes: modelNamedShapes(waiters, operations: operations, structs: structs, unions: unions),
            endpointRules: model.endpointRuleSet,
            s3Transfers: s3Transfers)
    }

    /// `structs` with the members that generated code writes marked writable: each paginator's tokens and page
    /// size, and the members the S3 transfers set on a copy of the request.
    private static func markingWritable(
        _ structs: [StructIR], paginators: [PaginatorIR], s3Transfers: S3TransfersIR?
    ) -> [StructIR] {
        var written: [String: Set<String>] = [:]
        for paginator in paginators {
            for path in paginator.tokens.map(\.input) + (paginator.pageSize.map { [$0] } ?? []) {
                if case .member(let name, _) = path.steps.first { written[paginator.inputType, default: []].insert(name) }
            }
        }
        if let upload = s3Transfers?.upload, let checksum = upload.checksumAlgorithm {
            written[upload.requestType, default: []].insert(checksum.member)
        }
        if let download = s3Transfers?.download {
            written[download.requestType, default: []].formUnion([download.rangeMember, download.ifMatchMember])
        }
        return structs.map { shape in
            guard let names = written[shape.name] else { return shape }
            var shape = shape
            for index in shape.members.indices where names.contains(shape.members[index].name) {
                shape.members[index].isWritable = true
            }
            return shape
        }
    }

    /// The model's endpoint operation, when one of the client's operations requires endpoint discovery.
    private func endpointOperation(_ operations: [OperationIR]) -> (name: String, method: String, requestURI: String)? {
        guard operations.contains(where: \.endpointDiscovery),
            let endpoint = model.operations.values.filter(\.isEndpointOperation).min(by: { $0.name < $1.name })
        else { return nil }
        return (endpoint.name, endpoint.method, endpoint.requestURI)
    }

    /// The type of a value of a shape: its generated type, if it has one.
    func type(of shapeName: String) -> TypeIR {
        if let name = typeNames[shapeName] { return .shape(name) }
        guard let shape = model.shapes[shapeName] else { return .scalar(.string) }
        switch shape.kind {
        case .list(let member): return .list(type(of: member.shape))
        case .map(_, let value): return .map(type(of: value.shape))
        case .string: return .scalar(.string)
        case .integer, .byte, .short: return .scalar(.integer)
        case .long, .bigInteger: return .scalar(.long)
        case .float: return .scalar(.float)
        case .double, .bigDecimal: return .scalar(.double)
        case .boolean: return .scalar(.boolean)
        case .timestamp: return .scalar(.timestamp)
        case .blob: return .scalar(.blob)
        case .document, .structure: return .document
        }
    }

    private func documentation(_ html: String?) -> [String] {
        DocumentationConverter.markdown(html ?? "")
    }

    func members(of shape: Shape, _ structure: Shape.Structure, reserved: Set<String>) -> [MemberIR] {
        // XML elements keep the model's order, which XML schemas such as Route 53's require; the other protocols'
        // members are sorted by name.
        let sorted = wireProtocol?.isXML == true ? structure.members : structure.members.sorted { $0.name < $1.name }
        let names = SwiftNames.uniqued(sorted.map { SwiftNames.lowerCamel($0.name) }, taken: reserved)
        let required = Set(structure.required)
        let isTopLevel = selection.topLevel.contains(shape.name)
        let isValidated = selection.inputReachable.contains(shape.name)
        let bodyKeys = Set(sorted.filter {
            !isTopLevel || Self.responseReference($0.reference, isInput: selection.inputs.contains(shape.name)).location == .body
        }.map { $0.reference.locationName ?? $0.name })
        let isInput = selection.inputs.contains(shape.name)
        return zip(sorted, names).map { member, swiftName in
            let reference = Self.responseReference(member.reference, isInput: isInput)
            let target = model.shapes[reference.shape]!
            // A member bound to the URI, a header or the status is keyed by its name, made distinct from the
            // body's wire names when one of them is the same.
            let isBound = isTopLevel && reference.location != .body
            let codingKey = isBound
                ? (bodyKeys.contains(member.name) ? "\(member.name)(\(reference.location.rawValue))" : member.name)
                : (reference.locationName ?? member.name)
            // A JSON value in a header is any JSON, sent base64-encoded; in a body it is a string of JSON text.
            let isJSONHeader = reference.jsonValue && reference.location == .header
            var type = isJSONHeader ? .document : type(of: reference.shape)
            if target.eventStream { type = .eventStream(type) }
            let traits = wireTraits(
                reference, target, structure, memberName: member.name, codingKey: codingKey, owner: shape.name,
                isTopLevel: isTopLevel)
            if traits.location == .payload(.stream) { type = .byteStream }
            return MemberIR(
                name: swiftName,
                modelName: member.name,
                codingKey: codingKey,
                type: type,
                // An output's event stream is always there, if empty.
                isRequired: (required.contains(member.name) || target.eventStream) && !structure.isUnion,
                documentation: documentation(reference.documentation),
                isDeprecated: reference.deprecated || target.deprecated,
                deprecatedMessage: reference.deprecatedMessage,
                isSensitive: reference.sensitive || target.sensitive,
                isIndirect: recursion.isIndirect(owner: shape.name, target: reference.shape),
                isWritable: false,
                wireTraits: traits,
                constraint: isValidated && !isJSONHeader && !target.eventStream && type != .byteStream
                    ? constraint(reference.shape, visiting: []) : nil)
        }
    }

    /// A member's reference as a shape that is no input reads it: botocore reads members bound to the URI or
    /// the query of an output or error from the body, since a response has neither.
    private static func responseReference(_ reference: ShapeReference, isInput: Bool) -> ShapeReference {
        guard !isInput, reference.location == .uri || reference.location == .querystring else { return reference }
        var body = reference
        body.location = .body
        return body
    }

    /// Where a member of `owner` goes on the wire and how it is encoded. The readers accept no timestamp format
    /// but the three that `TimestampFormatIR` names.
    private func wireTraits(_ reference: ShapeReference, _ target: Shape, _ structure: Shape.Structure,
                            memberName: String, codingKey: String, owner: String, isTopLevel: Bool) -> WireTraitsIR {
        let traits = WireTraitsIR(
            location: location(reference, target, structure, memberName: memberName, isTopLevel: isTopLevel),
            timestampFormat: (reference.timestampFormat ?? timestampFormat(of: reference.shape)).flatMap(TimestampFormatIR.init),
            isIdempotencyToken: reference.idempotencyToken,
            isJSONValue: reference.jsonValue)
        guard wireProtocol?.isXML == true else { return traits }
        return addingXMLTraits(to: traits, reference, target, memberName: memberName, codingKey: codingKey, owner: owner)
    }

    /// Where a member goes: an event's members by their event traits; an input's, an output's or an error's by
    /// their HTTP location; the members of nested shapes stay in the body.
    private func location(_ reference: ShapeReference, _ target: Shape, _ structure: Shape.Structure,
                          memberName: String, isTopLevel: Bool) -> MemberLocationIR {
        if target.eventStream { return .eventStream }
        if reference.eventHeader { return .header(memberName) }
        if reference.eventPayload { return .payload(Self.payload(target)) }
        guard isTopLevel else { return .body }
        let wireName = reference.locationName ?? memberName
        switch reference.location {
        case .uri: return .uri(label: wireName, isGreedy: greedyLabels.contains(wireName))
        case .querystring: return .query(wireName)
        case .header: return .header(wireName)
        case .headers: return .headers(prefix: reference.locationName ?? "")
        case .statusCode: return .statusCode
        case .body:
            guard structure.payload == memberName else { return .body }
            // A streaming blob payload is read and written on demand.
            if case .blob = target.kind, target.streaming || reference.streaming { return .payload(.stream) }
            return .payload(Self.payload(target))
        }
    }

    /// What a member that is the whole body (or message payload) holds, by its shape's kind.
    private static func payload(_ target: Shape) -> PayloadIR {
        switch target.kind {
        case .blob: .blob
        case .string: .string
        default: .structure
        }
    }

    /// The explicit timestamp format of a timestamp shape, or of the timestamps in a list or map shape.
    private func timestampFormat(of shapeName: String) -> String? {
        guard let shape = model.shapes[shapeName] else { return nil }
        switch shape.kind {
        case .timestamp: return shape.timestampFormat
        case .list(let member): return member.timestampFormat ?? timestampFormat(of: member.shape)
        case .map(_, let value): return value.timestampFormat ?? timestampFormat(of: value.shape)
        default: return nil
        }
    }

    /// The constraints of a value of `shapeName`, or nil when there is nothing to check.
    func constraint(_ shapeName: String, visiting: Set<String>) -> ConstraintIR? {
        guard let shape = model.shapes[shapeName], !visiting.contains(shapeName) else { return nil }
        let inner = visiting.union([shapeName])
        switch shape.kind {
        case .structure(let structure):
            let needed = structure.members.contains { constraint($0.reference.shape, visiting: inner) != nil }
            return needed ? .shape : nil
        case .string(let values) where values != nil:
            return nil
        case .list(let member):
            let element = constraint(member.shape, visiting: inner)
            return shape.min == nil && shape.max == nil && element == nil
                ? nil : .rules(min: shape.min, max: shape.max, pattern: nil, key: nil, element: element)
        case .map(let key, let value):
            let keyRules = constraint(key.shape, visiting: inner)
            let element = constraint(value.shape, visiting: inner)
            return shape.min == nil && shape.max == nil && keyRules == nil && element == nil
                ? nil : .rules(min: shape.min, max: shape.max, pattern: nil, key: keyRules, element: element)
        case .string, .blob, .integer, .long, .float, .double, .byte, .short, .bigInteger, .bigDecimal:
            return shape.min == nil && shape.max == nil && shape.pattern == nil
                ? nil : .rules(min: shape.min, max: shape.max, pattern: shape.pattern, key: nil, element: nil)
        default:
            return nil
        }
    }

    private func structure(_ shape: Shape, _ structure: Shape.Structure, isError: Bool) -> StructIR {
        let reserved: Set<String> = isError ? ["context", "description", "code", "status"] : []
        let members = members(of: shape, structure, reserved: reserved)
        let hasBody = structure.members.contains { $0.reference.location == .body && structure.payload != $0.name }
        var retryKind: RetryKindIR?
        if isError && structure.retryable { retryKind = structure.throttling ? .throttling : .transient }
        return StructIR(
            name: typeNames[shape.name]!,
            documentation: documentation(shape.documentation),
            members: members,
            hasBody: hasBody || !selection.inputs.contains(shape.name),
            retryKind: retryKind,
            errorCode: isError ? errorCode(shape, structure) : nil,
            coding: coding(shape.name))
    }

    /// The directions `name` is coded in: as the selection uses it, or both when the config asks for every
    /// shape to be `Codable`.
    private func coding(_ name: String) -> ShapeCoding {
        config.coding == .full
            ? ShapeCoding(encodes: true, decodes: true)
            : ShapeCoding(encodes: selection.encoded.contains(name), decodes: selection.decoded.contains(name))
    }

    /// The code an error response names the error by: the model's error code, else the shape name. An
    /// `awsQueryCompatible` service's model codes are its query codes, which come in the `x-amzn-query-error`
    /// header while `__type` names the shape, so its errors go by shape name.
    private func errorCode(_ shape: Shape, _ structure: Shape.Structure) -> String {
        model.metadata.queryCompatible ? shape.name : structure.errorCode ?? shape.name
    }

    private func union(_ shape: Shape, _ structure: Shape.Structure) -> UnionIR {
        // The exceptions of an event stream are thrown, not cases.
        let isException = { (member: (name: String, reference: ShapeReference)) in
            shape.eventStream && model.shapes[member.reference.shape]?.structure?.isException == true
        }
        var events = structure
        events.isUnion = true
        events.members.removeAll(where: isException)
        let cases = members(of: shape, events, reserved: [UnionIR.unknownCase])
        let exceptions = structure.members.filter(isException)
            .map { (eventType: $0.name, errorType: typeNames[$0.reference.shape]!) }.sorted { $0.eventType < $1.eventType }
        return UnionIR(
            name: typeNames[shape.name]!,
            documentation: documentation(shape.documentation),
            cases: cases,
            isIndirect: recursion.isRecursive(shape.name) || cases.contains { $0.isIndirect },
            eventExceptions: shape.eventStream ? exceptions : nil,
            coding: coding(shape.name))
    }

    private func enumeration(_ shape: Shape, _ values: [String]) -> EnumIR {
        let names = SwiftNames.uniqued(
            values.map { SwiftNames.lowerCamel($0) },
            taken: ["rawValue", "knownValues", "description", "isKnown", "init"])
        return EnumIR(
            name: typeNames[shape.name]!,
            documentation: documentation(shape.documentation),
            cases: Array(zip(names, values)))
    }

    /// Whether a URL can carry a request of `operation`: the query protocols move their form to the URL and S3
    /// signs a body as `UNSIGNED-PAYLOAD`, but the JSON and CBOR RPC protocols always send a body, and so does a
    /// rest-json operation whose input has body members or a payload.
    private func presignable(_ operation: Operation) -> Bool {
        guard let input = operation.input else { return false }
        switch wireProtocol {
        case .awsJSON, .rpcV2CBOR, nil:
            return false
        case .restJSON:
            guard let structure = model.shapes[input.shape]?.structure else { return false }
            return structure.payload == nil && !structure.members.contains { $0.reference.location == .body }
        case .awsQuery, .ec2Query, .restXML:
            return true
        }
    }

    private func operation(_ operation: Operation, structs: [String: StructIR]) -> OperationIR {
        let root = xmlRoot(operation)
        var result = OperationIR(
            name: operation.name,
            methodName: SwiftNames.lowerCamel(operation.name),
            documentation: documentation(operation.documentation),
            inputType: operation.input.map { typeNames[$0.shape]! },
            outputType: operation.output.map { typeNames[$0.shape]! },
            method: operation.method,
            requestURI: operation.requestURI,
            hostPrefix: operation.hostPrefix,
            resultWrapper: wireProtocol == .awsQuery || wireProtocol == .ec2Query ? operation.output?.resultWrapper : nil,
            xmlRoot: root?.name,
            xmlNamespace: root?.namespace,
            deprecatedMessage: operation.deprecated ? (operation.deprecatedMessage ?? "") : nil)
        applyEndpointCustomizations(operation, to: &result)
        result.unsigned = operation.unsigned
        result.endpointDiscovery = operation.endpointDiscoveryRequired
        result.staticContextParams = operation.staticContextParams
        result.operationContextParams = operation.operationContextParams
        result.checksum = operation.httpChecksum.map { checksum(of: operation, $0) }
        result.presignable = presignable(operation)
        let inputStruct = operation.input.flatMap { typeNames[$0.shape] }.flatMap { structs[$0] }
        // Only rest-json reads it.
        if wireProtocol == .restJSON { result.inputHasBody = inputStruct?.hasBody ?? false }
        if let input = operation.input, let structure = model.shapes[input.shape]?.structure, let inputStruct {
            result.contextParams = structure.members.compactMap { member in
                guard let parameter = member.reference.contextParam,
                    let key = inputStruct.members.first(where: { $0.modelName == member.name })?.codingKey
                else { return nil }
                return (parameter, key)
            }.sorted { $0.name < $1.name }
        }
        return result
    }

    /// `trait` with its members resolved to the headers they bind, which is where the runtime reads and sets them (in
    /// every model that has the trait, S3's, both members are headers); a member bound elsewhere is left out.
    private func checksum(of operation: Operation, _ trait: HTTPChecksumTrait) -> ChecksumIR {
        let members = operation.input.flatMap { model.shapes[$0.shape]?.structure?.members } ?? []
        func header(_ name: String?) -> String? {
            guard let name, let member = members.first(where: { $0.name == name }), member.reference.location == .header
            else { return nil }
            return member.reference.locationName ?? name
        }
        return ChecksumIR(
            required: trait.requestChecksumRequired, algorithmHeader: header(trait.requestAlgorithmMember),
            validationModeHeader: header(trait.requestValidationModeMember), responseAlgorithms: trait.responseAlgorithms)
    }

    /// botocore's changes to S3 and S3 Control operations, whose endpoint rules put in the URL what the model
    /// also binds: S3's `/{Bucket}` leaves the request URI (`remove_bucket_from_url_paths_from_model`), and S3
    /// Control's `{AccountId}.` host prefix goes where the rules take the account ID
    /// (`remove_accid_host_prefix_from_model`).
    private func applyEndpointCustomizations(_ operation: Operation, to result: inout OperationIR) {
        guard model.endpointRuleSet != nil else { return }
        switch model.metadata.serviceId {
        case "S3" where result.requestURI.hasPrefix("/{Bucket}"):
            result.requestURI.removeFirst("/{Bucket}".count)
        case "S3 Control" where result.hostPrefix == "{AccountId}."
            && operation.staticContextParams.contains(where: { $0.name == "RequiresAccountId" && $0.value == .bool(true) }):
            result.hostPrefix = nil
        default:
            break
        }
    }
}
