/// The typed description of one generated module, built from a model and rendered to Swift.
struct ModuleIR {
    var moduleName: String
    /// The enum that generated types are nested in, if the config sets one.
    var namespace: String?
    /// Whether the module has a client: false when the runtime does not speak the model's protocol.
    var hasClient: Bool
    var clientName: String
    var apiName: String
    var access: String
    var header: [String]
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

    /// `name` as seen from file scope: qualified by the namespace, if there is one.
    func qualified(_ name: String) -> String {
        namespace.map { "\($0).\(name)" } ?? name
    }
}

/// The service descriptor of the client.
struct ServiceIR {
    var serviceID: String
    var signingName: String
    var endpointPrefix: String
    var apiVersion: String
    var protocolExpression: String
    var documentation: [String]
    var title: String
}

/// A Swift type as written in a declaration.
indirect enum TypeIR: Equatable {
    case named(String)
    case list(TypeIR)
    case map(TypeIR)

    var code: String {
        switch self {
        case .named(let name): name
        case .list(let element): "[\(element.code)]"
        case .map(let value): "[String: \(value.code)]"
        }
    }

    /// Whether `Foundation` is needed for this type.
    var needsFoundation: Bool {
        switch self {
        case .named(let name): name == "Date" || name == "Data"
        case .list(let element), .map(let element): element.needsFoundation
        }
    }
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
    var isSensitive: Bool
    var isIndirect: Bool
    /// The `AWSMember(...)` expression when the member has wire traits.
    var wireTraits: String?
    var constraint: ConstraintIR?

    /// The declared type: optional unless required.
    var declaredType: String { isRequired ? type.code : type.code + "?" }
}

/// A structure shape: an input, an output, a nested shape or an error.
struct StructIR {
    var name: String
    var documentation: [String]
    var members: [MemberIR]
    var hasBody: Bool
    var retryKind: String?
    /// The error code, for errors.
    var errorCode: String?
}

/// A union shape.
struct UnionIR {
    var name: String
    var documentation: [String]
    var cases: [MemberIR]
    var isIndirect: Bool
    var unknownCase: String
    /// For an event stream: the members that are exceptions, by event type, with their error types.
    var eventExceptions: [(eventType: String, errorType: String)]?
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
    var deprecatedMessage: String?
}

/// A waiter: the operation it polls and the acceptors, from `waiters-2.json`.
struct WaiterIR {
    var name: String
    /// The name of its descriptor, such as `tableExists`.
    var propertyName: String
    var documentation: [String]
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
