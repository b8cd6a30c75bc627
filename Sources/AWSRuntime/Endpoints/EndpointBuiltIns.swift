import AWSEndpointRules

/// The values of the endpoint rules' built-in parameters (`AWS::Region`, `AWS::UseFIPS`, `SDK::Endpoint`,
/// `AWS::S3::ForcePathStyle`, …) from a client's configuration, its environment variables and its shared config
/// profile, as botocore computes them.
///
/// Only the built-ins a rule set declares are looked up; `AWS::Auth::AccountId` comes from the credentials of each
/// call, so it is not here.
struct EndpointBuiltIns {
    let region: String
    let endpoint: String?
    let configuration: AWSClientConfiguration
    /// Reads a key of the selected shared config profile; nil when the files have no such key.
    let profileValue: (String) throws -> String?

    /// The parameters of `ruleSet` that have a built-in, with the values this client gives them.
    func parameters(for ruleSet: EndpointRuleSet) throws -> EndpointParameters {
        var parameters = EndpointParameters()
        for definition in ruleSet.parameters {
            guard let builtIn = definition.builtIn, let value = try value(of: builtIn) else { continue }
            parameters[definition.name] = value
        }
        return parameters
    }

    /// The value of one built-in, nil when nothing sets it (the rule set's default applies).
    func value(of builtIn: String) throws -> EndpointParameters.Value? {
        switch builtIn {
        case "AWS::Region":
            return .string(region)
        case "SDK::Endpoint":
            return endpoint.map(EndpointParameters.Value.string)
        case "AWS::UseFIPS":
            return .bool(try configuration.useFIPS || flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint") == true)
        case "AWS::UseDualStack":
            return .bool(try configuration.useDualStack || flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint") == true)
        case "AWS::S3::ForcePathStyle":
            return try profileValue("s3.addressing_style").map { .bool($0.lowercased() == "path") }
        case "AWS::S3::Accelerate":
            return try flag(nil, "s3.use_accelerate_endpoint").map(EndpointParameters.Value.bool)
        case "AWS::S3::UseArnRegion", "AWS::S3Control::UseArnRegion":
            return try (flag("AWS_S3_USE_ARN_REGION", "s3_use_arn_region") ?? flag(nil, "s3.use_arn_region"))
                .map(EndpointParameters.Value.bool)
        case "AWS::S3::DisableMultiRegionAccessPoints":
            return try flag("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", "s3_disable_multiregion_access_points")
                .map(EndpointParameters.Value.bool)
        case "AWS::S3::UseGlobalEndpoint":
            // botocore's legacy default: us-east-1 goes to the global endpoint unless `regional` is asked for.
            return .bool(try s3USEast1Endpoint() == "legacy" && region == "us-east-1")
        case "AWS::STS::UseGlobalEndpoint":
            let mode = try choice("AWS_STS_REGIONAL_ENDPOINTS", "sts_regional_endpoints", ["legacy", "regional"])
            return .bool(endpoint == nil && mode == "legacy" && Self.legacyGlobalSTSRegions.contains(region))
        case "AWS::Auth::AccountIdEndpointMode":
            let mode = try choice(
                "AWS_ACCOUNT_ID_ENDPOINT_MODE", "account_id_endpoint_mode", ["preferred", "disabled", "required"])
            return .string(mode ?? "preferred")
        default:
            return nil
        }
    }

    /// Whether S3 requests of this client are presigned for the global endpoint, as botocore's
    /// `_should_use_global_endpoint` decides for the client: in the `aws` partition, without dual-stack, without
    /// `regional` us-east-1 endpoints in us-east-1, and without `virtual` addressing asked for. (Each request then
    /// also needs a bucket that can be a host name and no path style: see `AWSClient.presign`.)
    func s3PresignsAtGlobalEndpoint() throws -> Bool {
        let otherPartitions = ["cn-", "us-gov-", "us-iso", "eu-isoe-", "eusc-"]
        guard !otherPartitions.contains(where: region.hasPrefix) else { return false }
        if try value(of: "AWS::UseDualStack") == .bool(true) { return false }
        if region == "us-east-1", try s3USEast1Endpoint() == "regional" { return false }
        return try profileValue("s3.addressing_style")?.lowercased() != "virtual"
    }

    /// `legacy` or `regional`: where S3 requests in us-east-1 go, from `AWS_S3_US_EAST_1_REGIONAL_ENDPOINT`, the
    /// profile's `s3_us_east_1_regional_endpoint` or its `s3` section's `us_east_1_regional_endpoint`, in botocore's
    /// order; `legacy` when none is set.
    private func s3USEast1Endpoint() throws -> String {
        let allowed = ["legacy", "regional"]
        return try settings.choice("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", "s3_us_east_1_regional_endpoint", allowed)
            ?? settings.choice(nil, "s3.us_east_1_regional_endpoint", allowed) ?? "legacy"
    }

    /// The regions whose STS requests went to the global endpoint under the legacy setting (botocore's
    /// `LEGACY_GLOBAL_STS_REGIONS`).
    static let legacyGlobalSTSRegions: Set<String> = [
        "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1",
        "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2",
        "us-west-1", "us-west-2",
    ]

    /// The environment variables and profile keys this client reads.
    private var settings: ConfigSettings {
        ConfigSettings(environment: configuration.environment, profileValue: profileValue)
    }

    private func flag(_ variable: String?, _ key: String) throws -> Bool? {
        try settings.flag(variable, key)
    }

    private func choice(_ variable: String, _ key: String, _ allowed: [String]) throws -> String? {
        try settings.choice(variable, key, allowed)
    }
}
