@_spi(Generated) import AWSRuntime

/// The body of a query or ec2 request as it is written: `name=value` fields joined by `&`, form-encoded, in
/// the order the input's members encode.
final class QueryForm {
    /// Query or ec2.
    let flavor: QuerySerializer.Flavor
    /// Makes idempotency tokens for members left nil.
    let tokenGenerator: @Sendable () -> String
    /// The input members the host prefix names.
    let hostLabels: [String]
    /// The values of the host labels, as `HTTPBindings.expandHostPrefix` reads them.
    var hostLabelValues: [String: JSONValue] = [:]
    /// The encoded body.
    var output: [UInt8] = []

    /// An empty body of `flavor`.
    init(flavor: QuerySerializer.Flavor, tokenGenerator: @escaping @Sendable () -> String, hostLabels: [String]) {
        self.flavor = flavor
        self.tokenGenerator = tokenGenerator
        self.hostLabels = hostLabels
        output.reserveCapacity(256)
    }

    /// Appends the field `name=value`.
    func append(_ name: String, _ value: String) {
        if !output.isEmpty { output.append(UInt8(ascii: "&")) }
        FormEncoding.append(name, to: &output)
        output.append(UInt8(ascii: "="))
        FormEncoding.append(value, to: &output)
    }

    /// Writes `value` under the name `prefix`: a leaf as one field, anything else through a `QueryEncoding`.
    /// `member` has the traits of the member that holds the value (which a list's elements share), `layout`
    /// how the value is laid out when it is a list or a map.
    func write<T: Encodable>(_ value: T, prefix: String, member: AWSMember?, layout: AWSCollectionLayout?) throws {
        if let text = LeafText.of(value, member: member) {
            append(prefix, text)
            return
        }
        let shape = T.self as? any AWSShape.Type
        let encoder = QueryEncoding(form: self, prefix: prefix, shapeMembers: shape?.awsMembers, member: member, layout: layout)
        try value.encode(to: encoder)
        try encoder.finish()
    }

    /// The field name of a structure member in ec2: its `queryName`, else its wire name with the first
    /// letter in capitals; in query, its wire name.
    func memberName(_ key: String, _ member: AWSMember?) -> String {
        flavor == .ec2 ? member?.queryName ?? Self.capitalized(key) : key
    }

    /// The name of a map entry's key or value field: a name from the model (in capitals for ec2, as
    /// botocore writes every `locationName` there), else `key` or `value`.
    func entryName(_ name: String?, default defaultName: String) -> String {
        guard let name else { return defaultName }
        return flavor == .ec2 ? Self.capitalized(name) : name
    }

    private static func capitalized(_ name: String) -> String {
        guard let first = name.first, first.isLowercase else { return name }
        return first.uppercased() + name.dropFirst()
    }
}
