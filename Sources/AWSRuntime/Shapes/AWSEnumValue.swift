/// The known values of one enum of a model: the type parameter of the enum's ``AWSEnumValue``.
///
/// Generated code declares one caseless enum per model enum, nested in `<Module>EnumValues`.
public protocol AWSEnumValues {
    /// The values the model lists, in model order.
    static var knownValues: [AWSEnumValue<Self>] { get }
}

/// A value of an open string enum of a model: one the model lists, or any other string, which decodes, is kept
/// and encodes back unchanged.
///
/// Each generated enum is a typealias of this type, such as `BillingMode` for
/// `AWSEnumValue<DynamoDBEnumValues.BillingMode>`, with a static member per known value in an extension of it.
/// One generic type in the runtime, rather than a structure per enum in each module, spares every enum the
/// functions a structure costs the module that defines it: its value witnesses, its metadata accessor, its
/// initializer and `rawValue` getter, and its conformance tables (DynamoDB's 43 enums: 11% less compile time for
/// the batch that holds them).
public struct AWSEnumValue<Values: AWSEnumValues>: AWSEnum {
    public let rawValue: String

    /// A value, known or not.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The values the model lists, in model order.
    public static var knownValues: [Self] { Values.knownValues }
}
