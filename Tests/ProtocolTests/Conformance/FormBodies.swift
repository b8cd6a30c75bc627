/// Compares query and ec2 request bodies (`Action=…&Version=…&…`) as botocore's suites mean them: the same
/// fields with the same values, in any order. The generator writes members in the model's member order (Swift
/// names sorted), which need not be the order of a case's `params`; AWS reads the fields as a set. Map entries
/// are numbered in key order first (see `MapEntryOrder`).
enum FormBodies {
    /// Whether an expected body is a form: it starts with the `Action` field.
    static func isForm(_ body: String) -> Bool {
        body.hasPrefix("Action=")
    }

    /// Whether `actual` holds the same fields as `expected`, each with the same (still encoded) value.
    static func match(_ actual: [UInt8], _ expected: String, maps: MapEntryOrder) -> Bool {
        fields(String(decoding: actual, as: UTF8.self), maps) == fields(expected, maps)
    }

    private static func fields(_ body: String, _ maps: MapEntryOrder) -> [String] {
        maps.form(body.split(separator: "&")).sorted()
    }
}
