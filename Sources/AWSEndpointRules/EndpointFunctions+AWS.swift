import AWSJSON

extension EndpointFunctions {
    /// `aws.parseArn`: the parts of `arn:partition:service:region:account-id:resource` as a
    /// record with `partition`, `service`, `region`, `accountId` and `resourceId`, the resource
    /// split on `:` and `/`.
    ///
    /// `nil` unless the value starts with `arn` and has a partition, service and resource;
    /// the region and account may be empty.
    static func parseArn(_ value: String) -> JSONValue? {
        // Most values are not ARNs: reject them without splitting into characters.
        guard value.utf8.starts(with: "arn:".utf8) else { return nil }
        let parts = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", !parts[1].isEmpty, !parts[2].isEmpty, !parts[5].isEmpty else {
            return nil
        }
        let resourceId = parts[5].split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "/" }
        return .object([
            "partition": .string(String(parts[1])),
            "service": .string(String(parts[2])),
            "region": .string(String(parts[3])),
            "accountId": .string(String(parts[4])),
            "resourceId": .array(resourceId.map { .string(String($0)) }),
        ])
    }

    /// `aws.isVirtualHostableS3Bucket`: whether `value` can be an S3 bucket in a virtual-hosted
    /// URL: 3 to 63 characters, no uppercase, not shaped like an IPv4 address, and a valid host
    /// label (every `.`-separated part one, with `allowSubDomains`).
    static func isVirtualHostableS3Bucket(_ value: String, allowSubDomains: Bool) -> Bool {
        (3...63).contains(value.utf8.count)
            && !hasUppercaseASCII(value)
            && !isIPv4Shaped(value)
            && isValidHostLabel(value, allowSubDomains: allowSubDomains)
    }
}
