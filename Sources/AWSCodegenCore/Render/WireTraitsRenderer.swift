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
        if let queryName = traits.queryName { arguments.append("queryName: \(SwiftLiteral.string(queryName))") }
        if let collection = traits.collection { arguments.append("collection: \(collectionLayout(collection))") }
        if traits.isXMLAttribute { arguments.append("xmlAttribute: true") }
        if let namespace = traits.xmlNamespace { arguments.append("xmlNamespace: \(xmlNamespace(namespace))") }
        if let xmlName = traits.xmlName { arguments.append("xmlName: \(SwiftLiteral.string(xmlName))") }
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
        case .payload(.stream): ".streamingPayload"
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

    /// The `AWSCollectionLayout` of `layout`, with only the arguments that differ from the defaults.
    private static func collectionLayout(_ layout: CollectionLayoutIR) -> String {
        var arguments: [String] = []
        let kind: String
        switch layout {
        case .list(let member, let memberNamespace, let flattened, let element):
            kind = ".list"
            if let member { arguments.append("member: \(SwiftLiteral.string(member))") }
            if let memberNamespace { arguments.append("memberNamespace: \(xmlNamespace(memberNamespace))") }
            if flattened { arguments.append("flattened: true") }
            if let element { arguments.append("element: \(collectionLayout(element))") }
        case .map(let key, let keyNamespace, let value, let valueNamespace, let flattened, let element):
            kind = ".map"
            if let key { arguments.append("key: \(SwiftLiteral.string(key))") }
            if let keyNamespace { arguments.append("keyNamespace: \(xmlNamespace(keyNamespace))") }
            if let value { arguments.append("value: \(SwiftLiteral.string(value))") }
            if let valueNamespace { arguments.append("valueNamespace: \(xmlNamespace(valueNamespace))") }
            if flattened { arguments.append("flattened: true") }
            if let element { arguments.append("element: \(collectionLayout(element))") }
        }
        return arguments.isEmpty ? kind + "()" : "\(kind)(\(arguments.joined(separator: ", ")))"
    }

    /// `AWSXMLNamespace("uri", prefix: "p")` for `namespace`.
    static func xmlNamespace(_ namespace: XMLNamespace) -> String {
        let prefix = namespace.prefix.map { ", prefix: \(SwiftLiteral.string($0))" } ?? ""
        return "AWSXMLNamespace(\(SwiftLiteral.string(namespace.uri))\(prefix))"
    }
}
