import AWSEndpointRules

/// One operation of a service: its name and HTTP binding. The URI template is parsed once, here.
@_spi(Generated) public struct AWSOperation: Sendable {
    /// A piece of the URI template.
    enum Segment: Sendable, Equatable {
        case literal(String)
        case label(String, greedy: Bool)
    }

    /// The operation name, such as `CreateClusterSnapshot`.
    public let name: String
    /// The HTTP method.
    public let method: String
    /// The `requestUri` template, such as `/cluster-snapshot/{snapshotArn}`.
    public let requestURI: String
    /// The host prefix template, such as `{AccountId}.data.`, if any.
    public let hostPrefix: String?
    /// The element that wraps the output in a query or ec2 response, such as `GetCallerIdentityResult`
    /// (the model's `resultWrapper`).
    public let resultWrapper: String?
    /// The root element of a rest-xml request body made of the input's body members (the `locationName` of the
    /// operation's input).
    public let xmlRoot: String?
    /// The namespace the rest-xml request body's root element declares.
    public let xmlNamespace: AWSXMLNamespace?
    /// Whether requests are signed; false for operations the model gives no SigV4 auth (Cognito's sign-in, SSO's
    /// `GetRoleCredentials`), which are sent without credentials, as botocore sends them.
    public let isSigned: Bool
    /// Whether requests go to an endpoint the service's endpoint operation gives (the model's
    /// `endpointdiscovery: {required: true}`, as in Timestream), rather than to the resolved one.
    public let requiresEndpointDiscovery: Bool
    /// Endpoint rule-set parameters the operation sets to fixed values (the model's `staticContextParams`), such
    /// as S3's `UseS3ExpressControlEndpoint`.
    public let staticContextParams: EndpointParameters
    /// Endpoint rule-set parameters taken from members of the input (the model's `contextParam`): the member's
    /// coding key by parameter name, such as `["Bucket": "Bucket"]`.
    public let contextParams: [String: String]
    /// Endpoint rule-set parameters computed from the input with a JMESPath expression over its members (the
    /// model's `operationContextParams`), such as DynamoDB's `ResourceArnList: keys(RequestItems)`.
    public let operationContextParams: [String: JMESPath]
    /// The checksum rules (the model's `httpChecksum` or `httpChecksumRequired`); nil for most operations.
    public let checksum: AWSHTTPChecksum?
    /// Whether the input has members that go in the body, so that a rest-json request with none of them set
    /// sends `{}`; false when every member is bound to the URI, the query or headers, or there is no input.
    /// Only rest-json reads it, and only rest-json clients set it.
    public let inputHasBody: Bool
    /// Whether the client asked for S3's url-encoded keys on the caller's behalf in this call, which the answer's
    /// reader then decodes (``S3URLEncodedListing``): set on the copy of the operation one call uses.
    public internal(set) var decodesURLEncodedKeys = false
    let pathSegments: [Segment]
    /// The labels of the host prefix.
    package let hostLabels: [String]
    let staticQuery: [AWSHTTPRequest.QueryItem]

    /// Creates an operation.
    public init(
        _ name: String, method: String, requestURI: String, hostPrefix: String? = nil, resultWrapper: String? = nil,
        xmlRoot: String? = nil, xmlNamespace: AWSXMLNamespace? = nil, signed: Bool = true,
        staticContextParams: EndpointParameters = [:],
        contextParams: [String: String] = [:], operationContextParams: [String: JMESPath] = [:],
        endpointDiscovery: Bool = false,
        checksum: AWSHTTPChecksum? = nil, inputHasBody: Bool = true
    ) {
        self.name = name
        self.method = method
        self.requestURI = requestURI
        self.hostPrefix = hostPrefix
        self.resultWrapper = resultWrapper
        self.xmlRoot = xmlRoot
        self.xmlNamespace = xmlNamespace
        self.isSigned = signed
        self.staticContextParams = staticContextParams
        self.contextParams = contextParams
        self.operationContextParams = operationContextParams
        requiresEndpointDiscovery = endpointDiscovery
        self.checksum = checksum
        self.inputHasBody = inputHasBody
        let parts = requestURI.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        pathSegments = Self.segments(String(parts[0]))
        hostLabels = hostPrefix.map { prefix in
            Self.segments(prefix).compactMap { if case .label(let name, _) = $0 { name } else { nil } }
        } ?? []
        staticQuery = parts.count > 1
            ? parts[1].split(separator: "&").map { item in
                let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return AWSHTTPRequest.QueryItem(name: String(pair[0]), value: pair.count > 1 ? String(pair[1]) : nil)
            }
            : []
    }

    /// Whether the operation gives the endpoint rules parameters of its own.
    var hasEndpointContext: Bool {
        !staticContextParams.values.isEmpty || !contextParams.isEmpty || !operationContextParams.isEmpty
    }

    static func segments(_ template: String) -> [Segment] {
        var segments: [Segment] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { segments.append(.literal(String(rest[..<open]))) }
            var label = rest[rest.index(after: open)..<close]
            let greedy = label.hasSuffix("+")
            if greedy { label = label.dropLast() }
            segments.append(.label(String(label), greedy: greedy))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.literal(String(rest))) }
        return segments
    }
}
