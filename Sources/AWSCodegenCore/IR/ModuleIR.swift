/// The typed description of one generated module, built from a model and rendered to Swift.
struct ModuleIR {
    var moduleName: String
    /// The enum that generated types are nested in, if the config sets one.
    var namespace: String?
    /// The access level of the generated declarations.
    var access: GeneratorConfig.Access
    var service: ServiceIR
    var structs: [StructIR]
    var unions: [UnionIR]
    var enums: [EnumIR]
    var errors: [StructIR]
    var operations: [OperationIR]
    /// The paginators of the client's operations; built for every protocol, rendered only with a client.
    var paginators: [PaginatorIR]
    /// The paginators that get no methods, with the reason.
    var paginatorGaps: [PaginatorGap]
    var waiters: [WaiterIR]
    /// Shapes that waiters read whose members go by other names on the wire.
    var modelNamedShapes: [ModelNamesIR]
    /// The endpoint rule set as compact JSON, if the model has one.
    var endpointRules: String?
    /// The transfer methods of an S3 client; nil for other services.
    var s3Transfers: S3TransfersIR?

    /// Whether the module has a client: the runtime speaks the model's protocol.
    var hasClient: Bool { service.wireProtocol != nil }
}

/// The service descriptor of the client.
struct ServiceIR {
    var serviceID: String
    var signingName: String
    var endpointPrefix: String
    var apiVersion: String
    /// The protocol of the client; nil when the runtime does not speak the model's, and the module has no client.
    var wireProtocol: ProtocolIR?
    /// Whether requests say `x-amzn-query-mode: true` (an `awsQueryCompatible` service).
    var queryCompatible: Bool
    var documentation: [String]
    var title: String
    /// The endpoint rules' parameters that callers set in `AWSClientConfiguration.endpointParameters`.
    var clientContextParams: [ClientContextParameter] = []
    /// The operation that gives the endpoints of operations that require endpoint discovery; nil unless one does.
    var endpointOperation: (name: String, method: String, requestURI: String)?
}

/// The constraints of one member, rendered as an `AWSConstraint` expression.
indirect enum ConstraintIR: Equatable {
    case rules(min: Double?, max: Double?, pattern: String?, key: ConstraintIR?, element: ConstraintIR?)
    /// Only the nested shape is validated.
    case shape
}

/// A stored member of a structure, or a case of a union.
struct MemberIR {
    var name: String
    var modelName: String
    var codingKey: String
    var type: TypeIR
    var isRequired: Bool
    var documentation: [String]
    /// Whether the member or its shape is deprecated.
    var isDeprecated: Bool
    /// The member's deprecation message, if the model gives one.
    var deprecatedMessage: String?
    var isSensitive: Bool
    var isIndirect: Bool
    /// Whether generated code writes the member of a copy of its shape (a paginator's token or page size, an S3
    /// transfer's range): it is then a `var`. Every other member is a `let`, set by the initializer, which
    /// saves the compiler four functions per member (a setter, a `modify` coroutine and its resumption, and
    /// the initial value of an optional `var`).
    var isWritable: Bool
    var wireTraits: WireTraitsIR
    var constraint: ConstraintIR?
}

/// A structure shape: an input, an output, a nested shape or an error.
struct StructIR {
    var name: String
    var documentation: [String]
    var members: [MemberIR]
    /// Whether an input has members that go in the body (always true of other shapes); the operations that
    /// take an input without any say so in their descriptor.
    var hasBody: Bool
    /// How the runtime retries the error, when the model marks it retryable.
    var retryKind: RetryKindIR?
    /// The code the runtime finds the error by (in `__type` or `X-Amzn-Errortype`), for errors.
    var errorCode: String?
    /// The directions the shape is coded in.
    var coding: ShapeCoding
}

/// The directions a structure or union is coded in: `Encodable` when requests carry it, `Decodable` when
/// responses do. Each direction costs a function and its witnesses per shape, and most shapes travel one way.
struct ShapeCoding: Equatable {
    /// Whether the shape is encoded: `AWSEncodableShape`, with `encode(to:)` and validation.
    var encodes: Bool
    /// Whether the shape is decoded: `AWSDecodableShape`, with `init(from:)`.
    var decodes: Bool
}

/// Why a retryable error is retried.
enum RetryKindIR: Equatable {
    /// The service is throttling requests.
    case throttling
    /// Any other transient failure.
    case transient
}

/// A union shape.
struct UnionIR {
    /// The name of every union's case for a member that the model does not know; no other case takes it.
    static let unknownCase = "sdkUnknown"

    var name: String
    var documentation: [String]
    var cases: [MemberIR]
    var isIndirect: Bool
    /// For an event stream: the members that are exceptions, by event type, with their error types.
    var eventExceptions: [(eventType: String, errorType: String)]?
    /// The directions the union is coded in.
    var coding: ShapeCoding
}

/// An open string enum.
struct EnumIR {
    var name: String
    var documentation: [String]
    var cases: [(name: String, value: String)]
}

/// One operation of the client.
struct OperationIR {
    var name: String
    var methodName: String
    var documentation: [String]
    var inputType: String?
    var outputType: String?
    var method: String
    var requestURI: String
    var hostPrefix: String?
    /// The element that wraps the output in a query or ec2 response.
    var resultWrapper: String?
    /// The root element of a rest-xml request body made of the input's body members.
    var xmlRoot: String?
    /// The namespace that root element declares.
    var xmlNamespace: XMLNamespace?
    var deprecatedMessage: String?
    /// Whether requests go unsigned.
    var unsigned = false
    /// Whether requests go to a discovered endpoint.
    var endpointDiscovery = false
    /// Endpoint rule-set parameters the operation fixes, sorted by name.
    var staticContextParams: [(name: String, value: EndpointParameterValue)] = []
    /// Endpoint rule-set parameters set from input members: the parameter and the member's coding key, sorted.
    var contextParams: [(name: String, codingKey: String)] = []
    /// Endpoint rule-set parameters computed from the input by JMESPath, sorted by name.
    var operationContextParams: [(name: String, path: String)] = []
    /// The checksum rules, with the members resolved to the headers they bind; nil for most operations.
    var checksum: ChecksumIR?
    /// Whether a presigned URL can carry the operation's requests, which then get a `presignedURL` method.
    var presignable = false
    /// Whether the input has members that go in the body, so that a rest-json request without any of them set
    /// still sends `{}`; false when there is no input. Only rest-json reads it, so it is always true for the
    /// other protocols.
    var inputHasBody = true
}

/// An operation's checksum rules as the runtime's `AWSHTTPChecksum` takes them.
struct ChecksumIR: Equatable {
    var required: Bool
    /// The header of the algorithm member; nil when there is none or it is not bound to a header.
    var algorithmHeader: String?
    /// The header of the validation mode member; nil when there is none or it is not bound to a header.
    var validationModeHeader: String?
    var responseAlgorithms: [String]
}

/// A waiter: the operation it polls and the acceptors, from `waiters-2.json`.
struct WaiterIR {
    var name: String
    /// The name of its descriptor, such as `tableExists`.
    var propertyName: String
    /// The model's description of the waiter.
    var description: String?
    var operationMethod: String
    var inputType: String?
    var hasOutput: Bool
    /// The operation's deprecation message, which the method shares.
    var deprecatedMessage: String?
    var delay: Int
    var maxAttempts: Int?
    var maxDelay: Int?
    var acceptors: [Waiter.Acceptor]

    /// The method that runs it, such as `waitUntilTableExists`.
    var methodName: String { "waitUntil" + SwiftNames.upperCamel(name) }
}

/// A shape's model member names by coding key, where they differ.
struct ModelNamesIR {
    var typeName: String
    var names: [(codingKey: String, modelName: String)]
}

extension ModuleIR {
    /// The client.
    var clientName: String { Self.clientName(moduleName) }
    /// The protocol of the client's operations, for stubbing.
    var apiName: String { Self.apiName(moduleName) }
    /// The enum that holds the known values of the module's enums (`AWSEnumValues`), one caseless enum each.
    var enumValuesName: String { Self.enumValuesName(moduleName) }

    static func clientName(_ module: String) -> String { module + "Client" }
    static func apiName(_ module: String) -> String { module + "API" }
    static func enumValuesName(_ module: String) -> String { module + "EnumValues" }

    /// The names that no shape of the module may take: those of the types it declares beside its shapes, and
    /// its own, which a type of that name would shadow.
    static func declaredNames(_ module: String) -> Set<String> {
        [module, clientName(module), apiName(module), enumValuesName(module)]
    }
}
