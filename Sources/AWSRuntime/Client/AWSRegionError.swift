/// No region was given and none is set in the environment or the shared files.
public struct AWSRegionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The profile that was read.
    public var profile: String
    /// The shared files that were read.
    public var files: [String]

    /// Creates the error.
    public init(profile: String, files: [String]) {
        self.profile = profile
        self.files = files
    }

    /// Where the resolver looked.
    public var description: String {
        "no region: none was given, AWS_REGION and AWS_DEFAULT_REGION are unset, and profile \"\(profile)\" has no "
            + "region in \(files.joined(separator: " or "))"
    }
}
