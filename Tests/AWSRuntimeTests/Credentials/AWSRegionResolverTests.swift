import Testing

import AWSRuntime

@Suite struct CredentialsRegionResolverTests {
    static let config = """
        [default]
        region = us-west-2

        [profile dev]
        region = eu-west-1

        [profile bare]
        output = json
        """

    /// Runs `body` with a temporary home holding `~/.aws/config`.
    private func withHome(_ body: (TemporaryDirectory, [String: String]) throws -> Void) throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        try home.write(".aws/config", Self.config)
        try body(home, ["HOME": home.path])
    }

    @Test func explicitThenAWSRegionThenAWSDefaultRegionThenProfile() throws {
        try withHome { _, home throws in
            let all = home.merging(["AWS_REGION": "ap-south-1", "AWS_DEFAULT_REGION": "ca-central-1"]) { $1 }
            #expect(try AWSRegionResolver(environment: all).region(explicit: "eu-north-1") == "eu-north-1")
            #expect(try AWSRegionResolver(environment: all).region() == "ap-south-1")
            let noRegion = all.merging(["AWS_REGION": ""]) { $1 }
            #expect(try AWSRegionResolver(environment: noRegion).region() == "ca-central-1")
            #expect(try AWSRegionResolver(environment: home).region() == "us-west-2")
            #expect(try AWSRegionResolver(environment: home).region(explicit: "") == "us-west-2")
        }
    }

    @Test func profileFromInitThenAWSProfile() throws {
        try withHome { _, home throws in
            #expect(try AWSRegionResolver(profile: "dev", environment: home).region() == "eu-west-1")
            let fromEnvironment = home.merging(["AWS_PROFILE": "dev"]) { $1 }
            #expect(try AWSRegionResolver(environment: fromEnvironment).region() == "eu-west-1")
            #expect(try AWSRegionResolver(profile: "default", environment: fromEnvironment).region() == "us-west-2")
        }
    }

    @Test func noRegionIsNilOrAnErrorSayingWhereItLooked() throws {
        try withHome { home, environment throws in
            let resolver = AWSRegionResolver(profile: "bare", environment: environment)
            #expect(try resolver.region() == nil)
            let error = #expect(throws: AWSRegionError.self) { try resolver.requiredRegion() }
            let files = [home.path + "/.aws/credentials", home.path + "/.aws/config"]
            #expect(error == AWSRegionError(profile: "bare", files: files))
            #expect(
                error?.description
                    == "no region: none was given, AWS_REGION and AWS_DEFAULT_REGION are unset, and profile \"bare\" "
                    + "has no region in \(home.path)/.aws/credentials or \(home.path)/.aws/config")
            #expect(try resolver.requiredRegion(explicit: "us-east-1") == "us-east-1")
        }
    }

    @Test func malformedConfigIsReported() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let path = try home.write(".aws/config", "region = us-east-1\n")
        #expect(throws: AWSCredentialsError.malformedFile(path: path, line: 1)) {
            try AWSRegionResolver(environment: ["HOME": home.path]).region()
        }
    }
}
