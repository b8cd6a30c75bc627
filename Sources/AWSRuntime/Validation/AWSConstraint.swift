/// The constraints of one member from the model: length or count (`min`/`max` for strings, blobs,
/// lists and maps), value range (`min`/`max` for numbers), a pattern, and constraints on map keys and
/// on list or map elements. Any nested shape met is validated too.
///
/// Generated `validate(path:)` methods make their constraints afresh at every call, so making one allocates
/// nothing unless its element constraint has nested constraints itself: a pattern is a `StaticString`, and a key
/// constraint (map keys are strings) and an element constraint without nesting are kept inline. The initializer is
/// `@inlinable`, so that in a release build those constraints fold to constants (a debug build only calls it).
@_spi(Generated) public struct AWSConstraint: Sendable {
    /// The bounds and pattern of one value, without nested constraints.
    @usableFromInline
    struct Bounds: Sendable {
        @usableFromInline let min: Double?
        @usableFromInline let max: Double?
        @usableFromInline let pattern: StaticString?

        @usableFromInline
        init(min: Double?, max: Double?, pattern: StaticString?) {
            self.min = min
            self.max = max
            self.pattern = pattern
        }
    }

    /// A nested element constraint with nested constraints of its own.
    @usableFromInline
    final class Nested: Sendable {
        let constraint: AWSConstraint

        @usableFromInline
        init(_ constraint: AWSConstraint) {
            self.constraint = constraint
        }
    }

    @usableFromInline let bounds: Bounds
    @usableFromInline let keyBounds: Bounds?
    /// The element constraint when it has no nested constraints.
    @usableFromInline let elementBounds: Bounds?
    /// The element constraint when it has nested constraints.
    @usableFromInline let nestedElement: Nested?

    var min: Double? { bounds.min }
    var max: Double? { bounds.max }
    var pattern: StaticString? { bounds.pattern }

    /// The constraint on the keys of a map.
    var key: AWSConstraint? { keyBounds.map(AWSConstraint.init(bounds:)) }

    /// The constraint on the elements of a list or the values of a map.
    var element: AWSConstraint? {
        if let elementBounds { return AWSConstraint(bounds: elementBounds) }
        return nestedElement?.constraint
    }

    /// Whether the constraint has a key or element constraint.
    @usableFromInline
    var isNested: Bool { keyBounds != nil || elementBounds != nil || nestedElement != nil }

    /// Creates a constraint.
    @inlinable
    public init(min: Double? = nil, max: Double? = nil, pattern: StaticString? = nil,
                key: AWSConstraint? = nil, element: AWSConstraint? = nil) {
        bounds = Bounds(min: min, max: max, pattern: pattern)
        keyBounds = key?.bounds
        if let element, element.isNested {
            elementBounds = nil
            nestedElement = Nested(element)
        } else {
            elementBounds = element?.bounds
            nestedElement = nil
        }
    }

    private init(bounds: Bounds) {
        self.bounds = bounds
        keyBounds = nil
        elementBounds = nil
        nestedElement = nil
    }

    /// Validate the nested shape and nothing else.
    public static let shape = AWSConstraint()

    /// Checks a size (length or count) against `min` and `max`.
    func checkSize(_ size: Int, _ noun: String, _ path: () -> String) throws {
        if let min, Double(size) < min { throw AWSValidationError(path: path(), reason: "\(noun) \(size) is below the minimum \(Self.format(min))") }
        if let max, Double(size) > max { throw AWSValidationError(path: path(), reason: "\(noun) \(size) is above the maximum \(Self.format(max))") }
    }

    /// Whether every size in `sizes` is within `min` and `max`.
    func allowsEverySize(in sizes: ClosedRange<Int>) -> Bool {
        (min.map { Double(sizes.lowerBound) >= $0 } ?? true) && (max.map { Double(sizes.upperBound) <= $0 } ?? true)
    }

    /// Checks a number against `min` and `max`.
    func checkRange(_ number: Double, _ text: @autoclosure () -> String, _ path: () -> String) throws {
        if let min, number < min { throw AWSValidationError(path: path(), reason: "value \(text()) is below the minimum \(Self.format(min))") }
        if let max, number > max { throw AWSValidationError(path: path(), reason: "value \(text()) is above the maximum \(Self.format(max))") }
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}

/// Checks values against constraints; generated `validate(path:)` methods call it.
@_spi(Generated) public enum AWSValidation {
    /// Checks `value` (nil passes) against `constraint`; `path` and `member` name it in the error.
    ///
    /// Only the nil check is inlined into generated code: unwrapping a generic optional costs a lookup of its
    /// type, which specializing at the call site removes. The check itself is not inlinable, so that it is not
    /// specialized at every member of every generated `validate(path:)`, which would grow release binaries.
    @inlinable
    public static func check<T: AWSValidatable>(_ value: T?, _ constraint: AWSConstraint, _ path: String, _ member: String) throws {
        guard let value else { return }
        try checkValue(value, constraint, path, member)
    }

    /// Checks `value` against `constraint`; `path` and `member` name it in the error.
    public static func checkValue<T: AWSValidatable>(_ value: T, _ constraint: AWSConstraint, _ path: String, _ member: String) throws {
        try value.validate(constraint, path: { path + "." + member })
    }
}
