import Testing

@testable import AWSRuntime

/// The endpoint rules' built-in parameters, from the configuration, the environment and the shared config, as
/// botocore computes them.
@Suite struct EndpointBuiltInsTests {
    static func builtIns(
        region: String = "us-east-1", endpoint: String? = nil, environment: [String: String] = [:],
        profile: [String: String] = [:]
    ) -> EndpointBuiltIns {
        EndpointBuiltIns(
            region: region, endpoint: endpoint, configuration: AWSClientConfiguration(environment: environment),
            profileValue: { profile[$0] })
    }

    @Test func s3UsesTheGlobalEndpointInUSEast1UnlessRegionalIsAsked() throws {
        #expect(try Self.builtIns().value(of: "AWS::S3::UseGlobalEndpoint") == .bool(true))
        #expect(try Self.builtIns(region: "us-west-2").value(of: "AWS::S3::UseGlobalEndpoint") == .bool(false))
        let regional = Self.builtIns(environment: ["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT": "regional"])
        #expect(try regional.value(of: "AWS::S3::UseGlobalEndpoint") == .bool(false))
        let fromProfile = Self.builtIns(profile: ["s3.us_east_1_regional_endpoint": "Regional"])
        #expect(try fromProfile.value(of: "AWS::S3::UseGlobalEndpoint") == .bool(false))
        // botocore reads the top-level key before the `s3` section's.
        let topLevel = Self.builtIns(profile: ["s3_us_east_1_regional_endpoint": "regional", "s3.us_east_1_regional_endpoint": "legacy"])
        #expect(try topLevel.value(of: "AWS::S3::UseGlobalEndpoint") == .bool(false))
        #expect(throws: AWSConfigurationError.self) {
            try Self.builtIns(profile: ["s3_us_east_1_regional_endpoint": "global"]).value(of: "AWS::S3::UseGlobalEndpoint")
        }
    }

    @Test func stsIsRegionalUnlessLegacyIsAsked() throws {
        #expect(try Self.builtIns().value(of: "AWS::STS::UseGlobalEndpoint") == .bool(false))
        let legacy = ["AWS_STS_REGIONAL_ENDPOINTS": "legacy"]
        #expect(try Self.builtIns(environment: legacy).value(of: "AWS::STS::UseGlobalEndpoint") == .bool(true))
        #expect(try Self.builtIns(region: "me-south-1", environment: legacy).value(of: "AWS::STS::UseGlobalEndpoint") == .bool(false))
        #expect(try Self.builtIns(endpoint: "http://localhost", environment: legacy).value(of: "AWS::STS::UseGlobalEndpoint") == .bool(false))
    }

    @Test func theEnvironmentWinsOverTheProfile() throws {
        let builtIns = Self.builtIns(
            environment: ["AWS_S3_USE_ARN_REGION": "false", "AWS_USE_FIPS_ENDPOINT": "TRUE"],
            profile: ["s3_use_arn_region": "true", "s3.addressing_style": "path", "use_dualstack_endpoint": "true"])
        #expect(try builtIns.value(of: "AWS::S3::UseArnRegion") == .bool(false))
        #expect(try builtIns.value(of: "AWS::S3::ForcePathStyle") == .bool(true))
        #expect(try builtIns.value(of: "AWS::UseFIPS") == .bool(true))
        #expect(try builtIns.value(of: "AWS::UseDualStack") == .bool(true))
        #expect(try Self.builtIns().value(of: "AWS::S3::UseArnRegion") == nil)
        #expect(try Self.builtIns().value(of: "AWS::Auth::AccountIdEndpointMode") == .string("preferred"))
    }

    @Test func aMalformedSettingNamesWhereItCameFrom() {
        #expect(throws: AWSConfigurationError("the shared config key 'account_id_endpoint_mode' must be one of preferred, disabled, required, not 'always'")) {
            try Self.builtIns(profile: ["account_id_endpoint_mode": "always"]).value(of: "AWS::Auth::AccountIdEndpointMode")
        }
        #expect(throws: AWSConfigurationError("the environment variable AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS must be true or false, not '1'")) {
            try Self.builtIns(environment: ["AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS": "1"]).value(of: "AWS::S3::DisableMultiRegionAccessPoints")
        }
    }

    @Test func theCacheStartsOverWhenFull() throws {
        let cache = BoundedCache<EndpointParameters, EndpointTarget>(capacity: 2)
        let target = EndpointTarget(
            endpoint: try AWSEndpoint(url: "https://a.example.com"), headers: [],
            auth: EndpointAuthScheme(kind: .sigv4, signingName: "s3", signingRegions: ["us-east-1"]))
        cache[["Bucket": "a"]] = target
        cache[["Bucket": "b"]] = target
        #expect(cache[["Bucket": "a"]]?.endpoint.host == "a.example.com")
        cache[["Bucket": "c"]] = target
        #expect(cache[["Bucket": "a"]] == nil)
        #expect(cache[["Bucket": "c"]] != nil)
    }

    @Test func theFirstSupportedAuthSchemeWins() throws {
        let fallback = EndpointAuthScheme(kind: .sigv4, signingName: "s3", signingRegions: ["us-west-2"])
        let schemes = try JSONValue.parse(#"""
            [{"name": "sigv5"}, {"name": "sigv4", "signingName": "s3-outposts", "signingRegion": "eu-west-1",
              "disableDoubleEncoding": true}]
            """#)
        let chosen = try EndpointAuthScheme.choose(schemes, default: fallback)
        #expect(chosen == EndpointAuthScheme(kind: .sigv4, signingName: "s3-outposts", signingRegions: ["eu-west-1"], disableDoubleEncoding: true))
        #expect(try EndpointAuthScheme.choose(nil, default: fallback) == fallback)
        #expect(throws: AWSConfigurationError.self) {
            try EndpointAuthScheme.choose(try JSONValue.parse(#"[{"name": "sigv5"}]"#), default: fallback)
        }
    }
}
