/// Compares query and ec2 request bodies (`Action=…&Version=…&…`) as botocore's suites mean them: the same
/// fields with the same values, in any order. The generator writes members in the model's member order (Swift
/// names sorted), which need not be the order of a case's `params`; AWS reads the fields as a set.
enum FormBodies {
    /// Whether an expected body is a form: it starts with the `Action` field.
    static func isForm(_ body: String) -> Bool {
        body.hasPrefix("Action=")
    }

    /// Whether `actual` holds the same fields as `expected`, each with the same (still encoded) value.
    static func match(_ actual: [UInt8], _ expected: String) -> Bool {
        fields(String(decoding: actual, as: UTF8.self)) == fields(expected)
    }

    private static func fields(_ body: String) -> [Substring] {
        body.split(separator: "&").sorted()
    }
}
