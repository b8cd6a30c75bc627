/// The `traits` object of a Smithy shape, member or reference; one that is absent holds no traits.
struct SmithyTraits {
    /// The `traits` node, if any.
    let node: JNode?

    /// The traits of `owner`.
    init(of owner: JNode) throws {
        node = try owner.member("traits")
    }

    /// The value of trait `id`, or nil when absent. An id without a namespace is in `smithy.api`.
    func value(_ id: String) throws -> JNode? {
        try node?.member(id.contains("#") ? id : "smithy.api#" + id)
    }

    /// Whether trait `id` is present.
    func has(_ id: String) throws -> Bool {
        try value(id) != nil
    }

    /// The string value of trait `id`, or nil when absent.
    func string(_ id: String) throws -> String? {
        try value(id)?.string()
    }

    /// The botocore `timestampFormat` for the `timestampFormat` trait, or nil when absent.
    func timestampFormat() throws -> String? {
        guard let node = try value("timestampFormat") else { return nil }
        switch try node.string() {
        case "date-time": return "iso8601"
        case "http-date": return "rfc822"
        case "epoch-seconds": return "unixTimestamp"
        case let other: throw node.error("unknown timestamp format '\(other)'")
        }
    }

    /// The `xmlNamespace` trait, or nil when absent.
    func xmlNamespace() throws -> XMLNamespace? {
        guard let node = try value("xmlNamespace") else { return nil }
        return XMLNamespace(uri: try node.requiredString("uri"), prefix: try node.string("prefix"))
    }

    /// The message of the `deprecated` trait, and whether it is present.
    func deprecation() throws -> (deprecated: Bool, message: String?) {
        guard let node = try value("deprecated") else { return (false, nil) }
        return (true, try node.string("message"))
    }

    /// The `length` or `range` bounds and the `pattern`, as botocore's `min`, `max` and `pattern`.
    func constraints() throws -> SmithyConstraints {
        let bounds = try value("length") ?? value("range")
        return SmithyConstraints(
            min: try bounds?.bound("min"), max: try bounds?.bound("max"), pattern: try string("pattern"))
    }
}

/// Constraint traits, spelled as botocore's shape keys.
struct SmithyConstraints: Equatable {
    var min: Double?
    var max: Double?
    var pattern: String?

    /// Whether no constraint is set.
    var isEmpty: Bool { self == SmithyConstraints() }

    /// `shape` with these constraints in place of its own, where set.
    func applied(to shape: Shape) -> Shape {
        var result = shape
        result.min = min ?? shape.min
        result.max = max ?? shape.max
        result.pattern = pattern ?? shape.pattern
        return result
    }
}
