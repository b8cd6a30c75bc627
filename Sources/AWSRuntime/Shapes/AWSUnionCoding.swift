/// Helpers for generated unions.
public enum AWSUnionCoding {
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The name of the single member of a union value that the model does not know.
    public static func unknownMember(_ decoder: any Decoder) throws -> String {
        let container = try decoder.container(keyedBy: AnyKey.self)
        guard let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "a union value has no member"))
        }
        return key.stringValue
    }

    /// The error for encoding a member this model does not know.
    public static func unknownMemberError(_ name: String, codingPath: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(
            name, EncodingError.Context(codingPath: codingPath, debugDescription: "cannot encode the unknown union member '\(name)'"))
    }
}
