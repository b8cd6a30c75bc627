/// The constraints of one member from the model: length or count (`min`/`max` for strings, blobs,
/// lists and maps), value range (`min`/`max` for numbers), a pattern, and constraints on map keys and
/// on list or map elements. Any nested shape met is validated too.
@_spi(Generated) public struct AWSConstraint: Sendable {
    let min: Double?
    let max: Double?
    let pattern: String?
    let key: [AWSConstraint]
    let element: [AWSConstraint]

    /// Creates a constraint.
    public init(min: Double? = nil, max: Double? = nil, pattern: String? = nil,
                key: AWSConstraint? = nil, element: AWSConstraint? = nil) {
        self.min = min
        self.max = max
        self.pattern = pattern
        self.key = key.map { [$0] } ?? []
        self.element = element.map { [$0] } ?? []
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
    /// Not inlinable on purpose: inlined, it would be specialized at every member of every generated
    /// `validate(path:)`, which grows release binaries of large modules for 3% of a request's time.
    public static func check<T: AWSValidatable>(_ value: T?, _ constraint: AWSConstraint, _ path: String, _ member: String) throws {
        guard let value else { return }
        try value.validate(constraint, path: { path + "." + member })
    }
}
