/// Helpers for generated unions.
@_spi(Generated) public enum AWSUnionCoding {
    /// The name of the member of a union value that the model does not know: the first in sorted order.
    public static func unknownMember(_ decoder: any Decoder) throws -> String {
        guard let key = try AWSKeyedReader(decoder).memberKeys.first else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "a union value has no member"))
        }
        return key
    }

    /// The `userInfo` key that asks encoders to write unknown members rather than fail.
    static let writesUnknownMembers = CodingUserInfoKey(rawValue: "AWSWritesUnknownUnionMembers")!

    /// Encodes a member this model does not know, which cannot be sent: throws `EncodingError`, unless the
    /// encoder asks for it to be written as botocore shows it, `{"SDK_UNKNOWN_MEMBER": {"name": name}}`.
    public static func encodeUnknownMember(_ name: String, to encoder: any Encoder) throws {
        guard encoder.userInfo[writesUnknownMembers] as? Bool == true else {
            throw EncodingError.invalidValue(name, EncodingError.Context(
                codingPath: encoder.codingPath, debugDescription: "cannot encode the unknown union member '\(name)'"))
        }
        var container = encoder.container(keyedBy: AWSCodingKey.self)
        try container.encode(["name": name], forKey: AWSCodingKey(stringValue: "SDK_UNKNOWN_MEMBER"))
    }
}
