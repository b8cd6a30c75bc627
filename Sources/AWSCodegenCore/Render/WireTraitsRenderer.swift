/// Writes members' wire traits as the runtime's `AWSMember` descriptors.
enum WireTraitsRenderer {
    /// `AWSMember(key, location, ...)` for `member`, or nil when its traits say nothing beyond its coding key.
    static func awsMember(_ member: MemberIR) -> String? {
        let traits = member.wireTraits
        var arguments = [SwiftLiteral.string(member.codingKey)]
        if let location = location(traits.location) { arguments.append(location) }
        if let format = traits.timestampFormat { arguments.append("timestampFormat: \(timestampFormat(format))") }
        if traits.isIdempotencyToken { arguments.append("idempotencyToken: true") }
        if traits.isJSONValue { arguments.append("jsonValue: true") }
        return arguments.count > 1 ? "AWSMember(\(arguments.joined(separator: ", ")))" : nil
    }

    /// The `AWSMember.Location` of `location`, or nil for the body, which is the default.
    private static func location(_ location: MemberLocationIR) -> String? {
        switch location {
        case .body: nil
        case .uri(let label, let isGreedy): ".uri(\(SwiftLiteral.string(label)), greedy: \(isGreedy))"
        case .query(let name): ".query(\(SwiftLiteral.string(name)))"
        case .header(let name): ".header(\(SwiftLiteral.string(name)))"
        case .headers(let prefix): ".headers(prefix: \(SwiftLiteral.string(prefix)))"
        case .statusCode: ".statusCode"
        case .payload(.structure): ".payload"
        case .payload(.blob): ".blobPayload"
        case .payload(.string): ".stringPayload"
        case .eventStream: ".eventStream"
        }
    }

    /// The `AWSMember.TimestampFormat` of `format`.
    private static func timestampFormat(_ format: TimestampFormatIR) -> String {
        switch format {
        case .unixTimestamp: ".unixTimestamp"
        case .iso8601: ".iso8601"
        case .rfc822: ".rfc822"
        }
    }
}
