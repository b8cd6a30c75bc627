/// A shape with sensitive members: its `description`, `debugDescription` and `dump` show
/// `<redacted>` in place of their values.
///
/// Generated shapes provide `customMirror` with the sensitive children replaced by `AWSRedacted()`.
public protocol AWSRedacting: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {}

extension AWSRedacting {
    /// `TypeName(member: value, secret: <redacted>)`, built from the mirror.
    public var description: String {
        let children = customMirror.children.map { child in
            "\(child.label ?? "_"): \(Self.describe(child.value))"
        }
        return "\(Self.self)(\(children.joined(separator: ", ")))"
    }

    /// The same as `description`.
    public var debugDescription: String { description }

    private static func describe(_ value: Any) -> String {
        if let optional = value as? any OptionalProtocol { return optional.describedWrapped }
        if let string = value as? String { return String(reflecting: string) }
        return String(describing: value)
    }
}

/// Stands in for a sensitive value in mirrors and descriptions.
@_spi(Generated) public struct AWSRedacted: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Creates the placeholder.
    public init() {}
    /// `<redacted>`.
    public var description: String { "<redacted>" }
    /// `<redacted>`.
    public var debugDescription: String { "<redacted>" }
}

/// Lets descriptions print optionals without `Optional(...)`.
private protocol OptionalProtocol {
    var describedWrapped: String { get }
}

extension Optional: OptionalProtocol {
    fileprivate var describedWrapped: String {
        switch self {
        case .none: return "nil"
        case .some(let value):
            if let string = value as? String { return String(reflecting: string) }
            return String(describing: value)
        }
    }
}
