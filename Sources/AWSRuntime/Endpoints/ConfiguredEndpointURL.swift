/// The endpoint URL a user configured for a service, found in botocore's order: the configuration's `endpoint`, then,
/// unless `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` (or the profile's `ignore_configured_endpoint_urls`) is true,
/// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the service's `endpoint_url` in the `[services name]` section the
/// profile names, and the profile's own `endpoint_url`.
enum ConfiguredEndpointURL {
    /// The URL, or nil when nothing configures one (the endpoint rules decide).
    static func resolve(
        service: AWSServiceDescriptor, explicit: String?, settings: ConfigSettings
    ) throws -> String? {
        if let explicit { return explicit }
        // As botocore's `ensure_boolean`: `true` in any case turns it on, anything else leaves it off.
        if try settings.setting("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "ignore_configured_endpoint_urls")?.0.lowercased() == "true" {
            return nil
        }
        if let (url, _) = try settings.setting(service.endpointVariable, nil) ?? settings.setting("AWS_ENDPOINT_URL", nil) {
            return url
        }
        if let url = try settings.serviceValue(service.configKey, "endpoint_url"), !url.isEmpty {
            return url
        }
        return try settings.setting(nil, "endpoint_url")?.0
    }
}

extension AWSServiceDescriptor {
    /// The service's name in a `[services name]` section of the shared config: the service id in lower case, with `_`
    /// for spaces and hyphens (`docdb_elastic`).
    var configKey: String {
        String(endpointVariable.dropFirst("AWS_ENDPOINT_URL_".count)).lowercased()
    }
}
