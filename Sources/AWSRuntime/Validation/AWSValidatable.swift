import Foundation

/// A value that generated `validate(path:)` methods can check against an `AWSConstraint`.
///
/// Conformances are chosen at compile time from the member's type, so validation makes no dynamic casts.
public protocol AWSValidatable {
    /// Throws `AWSValidationError` when this value breaks `constraint`; `path` names it.
    @_spi(Generated) func validate(_ constraint: AWSConstraint, path: () -> String) throws
}

extension String: AWSValidatable {
    /// Length in Unicode scalars, and the pattern.
    ///
    /// A string has between a quarter of its UTF-8 length and its UTF-8 length in scalars; the scalars are
    /// counted only when those bounds do not settle the check.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {
        let utf8Count = utf8.count
        if !constraint.allowsEverySize(in: (utf8Count + 3) / 4...utf8Count) {
            try constraint.checkSize(unicodeScalars.count, "length", path)
        }
        if let pattern = constraint.pattern, !PatternCache.shared.matches(self, pattern) {
            throw AWSValidationError(path: path(), reason: "value \(String(reflecting: self)) does not match the pattern \(pattern)")
        }
    }
}

extension Data: AWSValidatable {
    /// Length in bytes.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {
        try constraint.checkSize(count, "length", path)
    }
}

extension Int: AWSValidatable {
    /// The value range.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {
        try constraint.checkRange(Double(self), String(self), path)
    }
}

extension Int64: AWSValidatable {
    /// The value range.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {
        try constraint.checkRange(Double(self), String(self), path)
    }
}

extension Double: AWSValidatable {
    /// The value range.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {
        try constraint.checkRange(self, String(self), path)
    }
}

extension Float: AWSValidatable {
    /// The value range.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {
        try constraint.checkRange(Double(self), String(self), path)
    }
}

extension Bool: AWSValidatable {
    /// Booleans have no constraints.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {}
}

extension Date: AWSValidatable {
    /// Timestamps have no constraints.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {}
}

extension JSONValue: AWSValidatable {
    /// Documents have no constraints.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {}
}

extension Array: AWSValidatable where Element: AWSValidatable {
    /// The count, then each element.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {
        try constraint.checkSize(count, "count", path)
        if let elementConstraint = constraint.element {
            for (index, element) in enumerated() {
                try element.validate(elementConstraint, path: { path() + "[\(index)]" })
            }
        }
    }
}

extension Dictionary: AWSValidatable where Key == String, Value: AWSValidatable {
    /// The count, then each key and value, in key order.
    ///
    /// The entries are first checked in storage order, which needs no sorting; only when one fails are they
    /// checked again in key order, so that the error names the first failing entry in key order.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {
        try constraint.checkSize(count, "count", path)
        guard constraint.isNested else { return }
        if Value.self == String.self {
            // A map of strings (tags, attributes), the most common kind, is checked as one, without generic lookups.
            return try unsafeBitCast(self, to: [String: String].self).validateEntries(constraint, path)
        }
        try validateEntries(constraint, path)
    }

    /// Checks each key and value against the key and element constraints of `constraint`.
    private func validateEntries(_ constraint: AWSConstraint, _ path: () -> String) throws {
        do {
            // By index through `keys` and `values`: iterating key-value pairs makes this generic code look up
            // tuple and optional metadata on every call.
            var index = startIndex
            while index != endIndex {
                try Self.validateEntry(keys[index], values[index], constraint, path)
                formIndex(after: &index)
            }
        } catch {
            for key in keys.sorted() {
                try Self.validateEntry(key, self[key]!, constraint, path)
            }
            throw error
        }
    }

    /// Checks one key and its value against the key and element constraints of `constraint`.
    private static func validateEntry(_ key: String, _ value: Value, _ constraint: AWSConstraint, _ path: () -> String) throws {
        if let keyConstraint = constraint.key {
            try key.validate(keyConstraint, path: { path() + " key \(String(reflecting: key))" })
        }
        if let elementConstraint = constraint.element {
            try value.validate(elementConstraint, path: { path() + "[\(String(reflecting: key))]" })
        }
    }
}

extension AWSValidatable where Self: AWSEncodingShape {
    /// No constraints. A shape whose members have some implements this itself, and checks them with `path()`
    /// as its own path.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {}
}

extension AWSValidatable where Self: AWSEnum {
    /// Enum values have no constraints.
    @_spi(Generated) public func validate(_ constraint: AWSConstraint, path: () -> String) throws {}
}
