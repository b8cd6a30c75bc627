/// Reads an operation's checksum rules, which botocore models and Smithy traits spell alike:
/// `httpChecksum` (`aws.protocols#httpChecksum`) is `{"requestChecksumRequired", "requestAlgorithmMember",
/// "requestValidationModeMember", "responseAlgorithms"}`, and `httpChecksumRequired`
/// (`smithy.api#httpChecksumRequired`) is `true` in botocore and `{}` in Smithy.
enum HTTPChecksumReading {
    /// The rules of `httpChecksum` and of `required` (the node of `httpChecksumRequired`); nil when neither is
    /// there (or `httpChecksumRequired` is `false`).
    static func trait(_ httpChecksum: JNode?, required: JNode?) throws -> HTTPChecksumTrait? {
        var isRequired = false
        if let required {
            if let flag = try? required.bool() {
                isRequired = flag
            } else {
                _ = try required.members()  // Smithy's `{}`; anything else is an error that names the node
                isRequired = true
            }
        }
        guard httpChecksum != nil || isRequired else { return nil }
        var trait = HTTPChecksumTrait()
        trait.requestChecksumRequired = isRequired
        if let node = httpChecksum {
            trait.requestChecksumRequired = try node.bool("requestChecksumRequired") == true || isRequired
            trait.requestAlgorithmMember = try node.string("requestAlgorithmMember")
            trait.requestValidationModeMember = try node.string("requestValidationModeMember")
            trait.responseAlgorithms = try node.strings("responseAlgorithms") ?? []
        }
        return trait
    }
}
