import AWSEndpointRules

/// Finds where each request of one client goes, and how it is signed.
///
/// The URL is the configured one (``ConfiguredEndpointURL``: the configuration, `AWS_ENDPOINT_URL_<SERVICE>`,
/// `AWS_ENDPOINT_URL`, or the shared config's `endpoint_url`), or what the model's endpoint rules give. The rules' parameters come, from the strongest: the operation's
/// `staticContextParams`, its input's `contextParam` members, its `operationContextParams`, the configuration's
/// `endpointParameters`, then the built-ins (region, FIPS, dual-stack, the endpoint URL, the S3 and STS settings,
/// and the account ID of the call's credentials), as botocore orders them.
///
/// The rule set is parsed once. An operation that gives no parameters of its own uses the endpoint resolved when
/// the client was made; any other is resolved per request, and the results are cached by parameter values, so a
/// client that sends the same parameters again evaluates the rules once.
final class EndpointResolver: Sendable {
    /// The endpoint of operations that give no parameters of their own, resolved from the client's settings;
    /// nil when the rules cannot resolve without an operation's parameters (ACM's `ServiceType`).
    let defaultTarget: EndpointTarget?
    /// The service's signing name and the client's region: how a request is signed when the rules say nothing.
    let defaultAuth: EndpointAuthScheme
    private let serviceID: String
    private let rules: EndpointRuleSet?
    /// The client's parameters: built-ins, then the configured ones over them.
    private let base: EndpointParameters
    /// The parameter that holds the account ID of the credentials (`AWS::Auth::AccountId`), if the rules have one.
    let accountIdParameter: String?
    private let cache = BoundedCache<EndpointParameters, EndpointTarget>(capacity: 256)
    /// Whether the user configured an endpoint URL (which turns endpoint discovery off, as in botocore).
    let hasConfiguredURL: Bool
    /// S3's buckets known to be in another region than the client's, by name (botocore's `S3RegionRedirectorv2`
    /// cache), and the rules' region parameter (`AWS::Region`) that they replace; nil for other services.
    let bucketRegions: (cache: BoundedCache<String, String>, parameter: String)?
    /// Whether this client presigns S3 requests for the global endpoint when their bucket allows it
    /// (``EndpointBuiltIns/s3PresignsAtGlobalEndpoint()``); false for other services.
    let s3PresignsAtGlobalEndpoint: Bool

    /// Reads the settings (the environment, and the shared config through `settings`) and resolves the client's own
    /// endpoint; throws `AWSConfigurationError` when the endpoint URL is invalid, a setting is malformed, or the rules
    /// give an error for the client's settings.
    init(
        service: AWSServiceDescriptor, configuration: AWSClientConfiguration, region: String, settings: ConfigSettings
    ) throws {
        serviceID = service.serviceID
        defaultAuth = EndpointAuthScheme(kind: .sigv4, signingName: service.signingName, signingRegions: [region])
        let explicit = try ConfiguredEndpointURL.resolve(service: service, explicit: configuration.endpoint, settings: settings)
        hasConfiguredURL = explicit != nil
        guard let text = service.endpointRules else {
            rules = nil
            base = [:]
            accountIdParameter = nil
            bucketRegions = nil
            s3PresignsAtGlobalEndpoint = false
            let url = explicit ?? "https://\(service.endpointPrefix).\(region).amazonaws.com"
            defaultTarget = EndpointTarget(endpoint: try AWSEndpoint(url: url), headers: [], auth: defaultAuth)
            return
        }
        let rules: EndpointRuleSet
        do {
            rules = try EndpointRuleSet(json: Array(text.utf8))
        } catch {
            throw AWSConfigurationError("the \(service.serviceID) endpoint rules are invalid: \(error)")
        }
        self.rules = rules
        let builtIns = EndpointBuiltIns(
            region: region, endpoint: explicit, configuration: configuration, profileValue: settings.profileValue)
        var base = try builtIns.parameters(for: rules)
        for (name, value) in configuration.endpointParameters.values {
            guard rules.parameters.contains(where: { $0.name == name }) else {
                let known = rules.parameters.map(\.name).joined(separator: ", ")
                throw AWSConfigurationError(
                    "the \(service.serviceID) endpoint rules have no parameter '\(name)' (they have \(known))")
            }
            base[name] = value
        }
        self.base = base
        accountIdParameter = rules.parameters.first { $0.builtIn == "AWS::Auth::AccountId" }?.name
        s3PresignsAtGlobalEndpoint = SignerCache.s3SigningNames.contains(service.signingName)
            ? try builtIns.s3PresignsAtGlobalEndpoint() : false
        if service.serviceID == "S3", rules.parameters.contains(where: { $0.name == "Bucket" }),
            let region = rules.parameters.first(where: { $0.builtIn == "AWS::Region" })?.name
        {
            bucketRegions = (BoundedCache(capacity: 1024), region)
        } else {
            bucketRegions = nil
        }
        // An operation may give a required parameter, and the credentials the account ID.
        let incomplete = accountIdParameter != nil
            || rules.parameters.contains { $0.isRequired && $0.defaultValue == nil && base[$0.name] == nil }
        do {
            defaultTarget = try Self.target(rules.resolve(base), defaultAuth: defaultAuth)
        } catch let error as EndpointResolutionError {
            // When what is missing may come with a request, each request resolves its own endpoint.
            guard incomplete else {
                throw AWSConfigurationError("cannot resolve the \(service.serviceID) endpoint for region \(region): \(error.message)")
            }
            defaultTarget = nil
        } catch let error as AWSConfigurationError {
            throw AWSConfigurationError("the \(service.serviceID) endpoint for region \(region): \(error.message)")
        }
    }

    /// The value the client gives the rules' parameter `name` (a built-in or a configured value), nil if none.
    func clientParameter(_ name: String) -> EndpointParameters.Value? { base[name] }

    /// Whether requests need the account ID of the credentials before their endpoint can be resolved.
    var needsAccountId: Bool { accountIdParameter != nil }

    /// Where a request of `operation` with `input` goes, for credentials of `accountId`; `overrides` replace
    /// built-in values (as botocore's presigning does for S3's global endpoint).
    func target<Input: AWSEncodableShape>(
        _ operation: AWSOperation, _ input: Input, accountId: String?, overrides: EndpointParameters = [:]
    ) throws -> EndpointTarget {
        let accountId = accountIdParameter == nil ? nil : accountId
        if !operation.hasEndpointContext, accountId == nil, overrides.values.isEmpty, let defaultTarget { return defaultTarget }
        guard let rules else {
            return defaultTarget!
        }
        var parameters = base
        for (name, value) in overrides.values where rules.parameters.contains(where: { $0.name == name }) {
            parameters[name] = value
        }
        if let accountIdParameter, let accountId, base[accountIdParameter] == nil {
            parameters[accountIdParameter] = .string(accountId)
        }
        for (name, value) in try EndpointContextReader.parameters(operation, input).values {
            parameters[name] = value
        }
        if let (regions, region) = bucketRegions, overrides[region] == nil, case .string(let bucket)? = parameters["Bucket"],
            let bucketRegion = regions[bucket]
        {
            parameters[region] = .string(bucketRegion)
        }
        if let cached = cache[parameters] { return cached }
        let target: EndpointTarget
        do {
            target = try Self.target(rules.resolve(parameters), defaultAuth: defaultAuth)
        } catch let error as EndpointResolutionError {
            throw AWSRequestError(operation: operation.name, reason: "no \(serviceID) endpoint: \(error.message)")
        } catch let error as AWSConfigurationError {
            throw AWSRequestError(operation: operation.name, reason: "the \(serviceID) endpoint: \(error.message)")
        }
        cache[parameters] = target
        return target
    }

    /// The S3 bucket a request of `operation` with `input` is for, when a redirect to its region can help: not an
    /// ARN (whose region is its own), and only for S3.
    func redirectableBucket<Input: AWSEncodableShape>(_ operation: AWSOperation, _ input: Input) -> String? {
        guard bucketRegions != nil, operation.hasEndpointContext,
            case .string(let bucket)? = try? EndpointContextReader.parameters(operation, input)["Bucket"],
            !bucket.hasPrefix("arn:")
        else { return nil }
        return bucket
    }

    /// Sends later requests for `bucket` to `region`.
    func remember(bucket: String, region: String) {
        bucketRegions?.cache[bucket] = region
    }

    /// The endpoint, headers and signing scheme of what the rules resolved.
    private static func target(_ resolved: ResolvedEndpoint, defaultAuth: EndpointAuthScheme) throws -> EndpointTarget {
        return EndpointTarget(
            endpoint: try AWSEndpoint(url: resolved.url),
            headers: resolved.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            auth: try EndpointAuthScheme.choose(resolved.properties["authSchemes"], default: defaultAuth))
    }
}

/// Where one request goes and how it is signed.
final class EndpointTarget: Sendable {
    /// The scheme, host, port and base path.
    let endpoint: AWSEndpoint
    /// Headers the endpoint sets on every request, with their values, by name.
    let headers: [(name: String, values: [String])]
    /// How the request is signed.
    let auth: EndpointAuthScheme

    init(endpoint: AWSEndpoint, headers: [(name: String, values: [String])], auth: EndpointAuthScheme) {
        self.endpoint = endpoint
        self.headers = headers
        self.auth = auth
    }
}
