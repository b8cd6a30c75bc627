import AWSEndpointRules

/// Finds a client's endpoint: the configured URL, the `AWS_ENDPOINT_URL_<SERVICE>` or `AWS_ENDPOINT_URL`
/// variable, or the model's endpoint rules for the region, FIPS and dual-stack settings.
enum EndpointResolver {
    static func resolve(service: AWSServiceDescriptor, configuration: AWSClientConfiguration, region: String) throws -> AWSEndpoint {
        let environment = configuration.environment
        let ignoreEnvironment = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true"
        let explicit = configuration.endpoint
            ?? (ignoreEnvironment ? nil : environment[service.endpointVariable] ?? environment["AWS_ENDPOINT_URL"])
        guard let rules = service.endpointRules else {
            return try AWSEndpoint(url: explicit ?? "https://\(service.endpointPrefix).\(region).amazonaws.com")
        }
        var parameters: EndpointParameters = [
            "Region": .string(region), "UseFIPS": .bool(configuration.useFIPS), "UseDualStack": .bool(configuration.useDualStack),
        ]
        if let explicit { parameters["Endpoint"] = .string(explicit) }
        do {
            let ruleSet = try EndpointRuleSet(json: Array(rules.utf8))
            return try AWSEndpoint(url: try ruleSet.resolve(parameters).url)
        } catch let error as EndpointResolutionError {
            throw AWSConfigurationError("cannot resolve the \(service.serviceID) endpoint for region \(region): \(error.message)")
        } catch let error as EndpointRuleSetError {
            throw AWSConfigurationError("the \(service.serviceID) endpoint rules are invalid: \(error)")
        }
    }
}
