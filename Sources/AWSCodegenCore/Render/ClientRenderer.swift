/// Renders the API protocol, the client and the operation descriptors.
struct ClientRenderer {
    let module: ModuleIR
    let wireProtocol: ProtocolIR

    private var access: String { AccessRenderer.modifier(module.access) }

    /// The renderer of `module`'s client, or nil when the module has none.
    init?(module: ModuleIR) {
        guard let wireProtocol = module.service.wireProtocol else { return nil }
        self.module = module
        self.wireProtocol = wireProtocol
    }

    private func signature(_ operation: OperationIR) -> String {
        let parameter = operation.inputType.map { "_ input: \($0)" } ?? ""
        let result = operation.outputType.map { " -> \($0)" } ?? ""
        return "func \(SwiftNames.escaped(operation.methodName))(\(parameter)) async throws\(result)"
    }

    /// `@available(*, deprecated...)` when `message` is set; an empty message gives the bare attribute.
    static func deprecation(_ message: String?, into w: inout CodeWriter) {
        guard let message else { return }
        w.line(message.isEmpty ? "@available(*, deprecated)" : "@available(*, deprecated, message: \(SwiftLiteral.string(message)))")
    }

    func render(into w: inout CodeWriter) {
        let service = module.service
        w.docs(["The operations of \(service.title), as a protocol, so that tests can stub the client."])
        w.block("\(access)protocol \(module.apiName): Sendable") { w in
            for (index, operation) in module.operations.enumerated() {
                if index > 0 { w.line() }
                w.docs(operation.documentation)
                Self.deprecation(operation.deprecatedMessage, into: &w)
                w.line(verbatim: signature(operation))
            }
        }
        w.line()
        w.docs(service.documentation + (service.documentation.isEmpty ? [] : [""]) + [
            "A client for \(service.title) (API version \(service.apiVersion)).",
        ])
        w.block("\(access)struct \(module.clientName): \(module.apiName)") { w in
            w.docs(["The service description the runtime works from."])
            w.line("\(AccessRenderer.generatedOnly(module.access))static let service = AWSServiceDescriptor(")
            w.line("    serviceID: \(SwiftLiteral.string(service.serviceID)),")
            w.line("    signingName: \(SwiftLiteral.string(service.signingName)),")
            w.line("    endpointPrefix: \(SwiftLiteral.string(service.endpointPrefix)),")
            w.line("    apiVersion: \(SwiftLiteral.string(service.apiVersion)),")
            w.line("    protocol: \(protocolExpression),")
            if service.queryCompatible { w.line("    queryCompatible: true,") }
            w.line("    errors: \(module.clientName).errors,")
            if let endpoint = service.endpointOperation {
                w.line("    endpointRules: \(module.clientName).endpointRules,")
                w.line("    endpointOperation: AWSOperation(\(SwiftLiteral.string(endpoint.name)), method: \(SwiftLiteral.string(endpoint.method)), requestURI: \(SwiftLiteral.string(endpoint.requestURI)))")
            } else {
                w.line("    endpointRules: \(module.clientName).endpointRules")
            }
            w.line(")")
            w.line()
            w.docs(["The runtime client that sends the requests."])
            w.line("\(access)let client: AWSClient")
            w.line()
            var initDocs = [
                "Creates a client. The default configuration reads the region, credentials and endpoint from the",
                "environment and `~/.aws`, as the AWS CLI does.",
            ]
            if !service.clientContextParams.isEmpty {
                initDocs += ["", "The endpoint rules take these parameters from `configuration.endpointParameters`:"]
                for parameter in service.clientContextParams {
                    let type = ["boolean": "Bool", "string": "String", "stringArray": "[String]"][parameter.type] ?? parameter.type
                    let text = (parameter.documentation ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    initDocs.append("- `\(parameter.name)` (`\(type)`)" + (text.isEmpty ? "" : ": \(text)"))
                }
            }
            w.docs(initDocs)
            w.block("\(access)init(configuration: AWSClientConfiguration = AWSClientConfiguration()) throws") { w in
                w.line("client = try AWSClient(service: Self.service, configuration: configuration)")
            }
            for operation in module.operations {
                w.line()
                Self.deprecation(operation.deprecatedMessage, into: &w)
                w.block("\(access)\(signature(operation))") { w in
                    let input = operation.inputType == nil ? "AWSEmptyShape()" : "input"
                    if operation.outputType == nil {
                        w.line("_ = try await client.execute(Operations.\(operation.methodName), \(input), output: AWSEmptyShape.self)")
                    } else {
                        w.line("try await client.execute(Operations.\(operation.methodName), \(input))")
                    }
                }
            }
        }
    }

    /// The runtime's `AWSProtocol` of the client.
    private var protocolExpression: String {
        switch wireProtocol {
        case .restJSON:
            ".restJSON"
        case .awsJSON(let version, let targetPrefix):
            ".awsJSON(version: \(SwiftLiteral.string(version)), targetPrefix: \(SwiftLiteral.string(targetPrefix)))"
        case .rpcV2CBOR(let serviceName):
            ".rpcV2CBOR(serviceName: \(SwiftLiteral.string(serviceName)))"
        case .awsQuery:
            ".awsQuery"
        case .ec2Query:
            ".ec2Query"
        case .restXML:
            ".restXML"
        }
    }

    /// The operation descriptors, and a method per operation a URL can carry that presigns it, as an extension
    /// of the client.
    func renderOperations(into w: inout CodeWriter) {
        w.block("extension \(module.qualified(module.clientName))") { w in
            for operation in module.operations where operation.presignable {
                guard let inputType = operation.inputType else { continue }
                w.docs(["A presigned request for `\(operation.name)` with `input`, valid for `expiresIn` (1 second to 7 days)."])
                w.block("\(access)func presignedURL(\(SwiftNames.escaped(operation.methodName)) input: \(module.qualified(inputType)), expiresIn: Duration) async throws -> AWSPresignedRequest") { w in
                    w.line("try await client.presign(Operations.\(operation.methodName), input, expiresIn: expiresIn)")
                }
                w.line()
            }
            w.docs(["The operations' HTTP bindings."])
            w.block("\(AccessRenderer.generatedOnly(module.access))enum Operations") { w in
                for operation in module.operations {
                    var arguments = [SwiftLiteral.string(operation.name), "method: \(SwiftLiteral.string(operation.method))", "requestURI: \(SwiftLiteral.string(operation.requestURI))"]
                    if let hostPrefix = operation.hostPrefix { arguments.append("hostPrefix: \(SwiftLiteral.string(hostPrefix))") }
                    if let wrapper = operation.resultWrapper { arguments.append("resultWrapper: \(SwiftLiteral.string(wrapper))") }
                    if let root = operation.xmlRoot { arguments.append("xmlRoot: \(SwiftLiteral.string(root))") }
                    if let namespace = operation.xmlNamespace {
                        arguments.append("xmlNamespace: \(WireTraitsRenderer.xmlNamespace(namespace))")
                    }
                    if operation.unsigned { arguments.append("signed: false") }
                    arguments += endpointContextArguments(operation)
                    if operation.endpointDiscovery { arguments.append("endpointDiscovery: true") }
                    if let checksum = operation.checksum { arguments.append("checksum: \(Self.checksumExpression(checksum))") }
                    if !operation.inputHasBody { arguments.append("inputHasBody: false") }
                    w.line("\(access)static let \(SwiftNames.escaped(operation.methodName)) = AWSOperation(\(arguments.joined(separator: ", ")))")
                }
            }
        }
    }

    /// The operation's endpoint rule-set parameters, as `AWSOperation` arguments; none for most operations.
    private func endpointContextArguments(_ operation: OperationIR) -> [String] {
        var arguments: [String] = []
        if !operation.staticContextParams.isEmpty {
            let entries = operation.staticContextParams.map { "\(SwiftLiteral.string($0.name)): \(Self.literal($0.value))" }
            arguments.append("staticContextParams: [\(entries.joined(separator: ", "))]")
        }
        if !operation.contextParams.isEmpty {
            let entries = operation.contextParams.map { "\(SwiftLiteral.string($0.name)): \(SwiftLiteral.string($0.codingKey))" }
            arguments.append("contextParams: [\(entries.joined(separator: ", "))]")
        }
        if !operation.operationContextParams.isEmpty {
            let entries = operation.operationContextParams.map { "\(SwiftLiteral.string($0.name)): \(SwiftLiteral.string($0.path))" }
            arguments.append("operationContextParams: [\(entries.joined(separator: ", "))]")
        }
        return arguments
    }

    /// The `AWSHTTPChecksum` of an operation, with only the arguments that differ from the defaults.
    private static func checksumExpression(_ checksum: ChecksumIR) -> String {
        var arguments: [String] = []
        if checksum.required { arguments.append("required: true") }
        if let header = checksum.algorithmHeader { arguments.append("algorithmHeader: \(SwiftLiteral.string(header))") }
        if let header = checksum.validationModeHeader {
            arguments.append("validationModeHeader: \(SwiftLiteral.string(header))")
        }
        if !checksum.responseAlgorithms.isEmpty {
            arguments.append("responseAlgorithms: [\(checksum.responseAlgorithms.map(SwiftLiteral.string).joined(separator: ", "))]")
        }
        return "AWSHTTPChecksum(\(arguments.joined(separator: ", ")))"
    }

    /// An endpoint parameter value as a Swift literal of `EndpointParameters.Value`.
    private static func literal(_ value: EndpointParameterValue) -> String {
        switch value {
        case .string(let text): SwiftLiteral.string(text)
        case .bool(let flag): flag ? "true" : "false"
        case .stringArray(let texts): "[\(texts.map(SwiftLiteral.string).joined(separator: ", "))]"
        }
    }

    func renderEndpoints(into w: inout CodeWriter) {
        w.block("extension \(module.qualified(module.clientName))") { w in
            w.docs(["The model's endpoint rules (`endpoint-rule-set-1.json`), which the runtime evaluates."])
            w.line("static let endpointRules: String? = \(module.endpointRules.map(SwiftLiteral.raw) ?? "nil")")
        }
    }

    func renderErrorTable(into w: inout CodeWriter) {
        w.block("extension \(module.qualified(module.clientName))") { w in
            w.docs(["The modeled errors by error code."])
            if module.errors.isEmpty {
                w.line("static let errors: [String: any AWSModeledError.Type] = [:]")
                return
            }
            w.line("static let errors: [String: any AWSModeledError.Type] = [")
            for error in module.errors { w.line("    \(SwiftLiteral.string(error.errorCode ?? error.name)): \(module.qualified(error.name)).self,") }
            w.line("]")
        }
    }
}
