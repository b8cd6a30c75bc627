/// A string enumeration of a service model that stays open: a value the model does not list decodes,
/// is kept, and encodes back unchanged.
///
/// Generated enums are ``AWSEnumValue``s, with one static member per known value.
///
/// Enums are not `ExpressibleByStringLiteral`: that conformance cost each enum eleven functions (three
/// initializers, their witnesses and witness table accessors) in the module that defines it, for `"X"` in place of
/// `Status(rawValue: "X")`.
public protocol AWSEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible, AWSValidatable,
    AWSMemberEncodable where RawValue == String
{
    /// Creates a value, known or not.
    init(rawValue: String)
    /// The values the model lists, in model order.
    static var knownValues: [Self] { get }
}

extension AWSEnum {
    /// The raw value.
    public var description: String { rawValue }

    /// Whether the model lists this value.
    public var isKnown: Bool { Self.knownValues.contains(self) }

    /// Decodes any string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
