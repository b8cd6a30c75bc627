/// S3's `ListObjects`, `ListObjectsV2` and `ListObjectVersions` when the caller leaves `EncodingType` unset: as
/// botocore does (`set_list_objects_encoding_type_url`, `decode_list_object*`), the client asks for
/// `encoding-type=url`, so that keys with characters XML 1.0 cannot carry still list, and decodes the keys,
/// prefixes, markers and delimiter of the answer. A caller who sets `EncodingType` gets S3's answer as it is.
@_spi(Generated) public enum S3URLEncodedListing {
    /// The elements decoded, by operation: those at the top of the answer, then those inside each child of a name.
    static let fields: [String: (top: [String], nested: [(parent: String, child: String)])] = [
        "ListObjects": (["Delimiter", "Marker", "NextMarker"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        "ListObjectsV2": (["Delimiter", "Prefix", "StartAfter"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        "ListObjectVersions": (
            ["KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"],
            [("Version", "Key"), ("DeleteMarker", "Key"), ("CommonPrefixes", "Prefix")]
        ),
    ]

    /// Whether a call of `operation` with `input` asks for url-encoded keys on the caller's behalf.
    static func applies<Input: AWSEncodableShape>(_ service: AWSServiceDescriptor, _ operation: AWSOperation, _ input: Input) -> Bool {
        guard service.serviceID == "S3", fields[operation.name] != nil else { return false }
        let capture = MemberCaptureEncoder(keys: ["EncodingType"])
        guard (try? input.encode(to: capture)) != nil else { return false }
        return capture.captured["EncodingType"] == nil
    }

    /// Whether S3 url-encodes, in its answer to `operation`, the text of the root's child `name` (when `parent`
    /// is nil) or of the child `name` of the root's child `parent`.
    public static func isEncoded(operation: String, parent: String?, name: String) -> Bool {
        guard let fields = fields[operation] else { return false }
        guard let parent else { return fields.top.contains(name) }
        return fields.nested.contains { $0.parent == parent && $0.child == name }
    }
}
