import AWSJMESPath
import AWSJSON
import Testing

/// Expressions the parser rejects, with the kind of error the compliance suite expects.
@Suite struct JMESPathSyntaxTests {
    @Test(arguments: [
        "", "foo.", ".foo", "foo..bar", "foo[", "foo[1", "foo[?]", "foo = 1", "a[1:2:3:4]",
        "'unterminated", "`{bad json}`", "\"unterminated", "a ||", "!", "(a", "{a: b", "{a}", "[a,", "foo bar",
        "3", "a.1", "&a", "a | &b", "[&a]", "sort_by(a, &)", "\"quoted\"(a)", "a.(b)(c)", "#", "foo[*",
    ])
    func syntaxErrors(_ expression: String) {
        let error = #expect(throws: JMESPathError.self) { try JMESPath(parsing: expression) }
        #expect(error?.kind == .syntax, "\(expression): \(String(describing: error))")
    }

    @Test(arguments: [
        ("sort_by2(a, &b)", JMESPathError.Kind.unknownFunction), ("length(a, b)", .invalidArity),
        ("contains(a)", .invalidArity), ("not_null()", .invalidArity), ("merge()", .invalidArity),
        ("sort_by(a)", .invalidArity), ("map(&a, b, c)", .invalidArity), ("foo[0:1:0]", .invalidValue),
    ])
    func otherCompileErrors(_ expression: String, _ kind: JMESPathError.Kind) {
        let error = #expect(throws: JMESPathError.self) { try JMESPath(parsing: expression) }
        #expect(error?.kind == kind)
    }

    @Test func errorsSayWhere() {
        let error = #expect(throws: JMESPathError.self) { try JMESPath(parsing: "a.b.[") }
        #expect(error?.offset == 5)
        #expect(error?.description == "syntax error at 5 in 'a.b.[': unexpected end of the expression")
    }

    @Test func literalExpressionsReportTheirErrorWhenEvaluated() {
        let path: JMESPath = "a[?"
        #expect(path.text == "a[?")
        let error = #expect(throws: JMESPathError.self) { try path.evaluate(.null) }
        #expect(error?.kind == .syntax)
    }

    @Test func whitespaceIsIgnored() throws {
        let path = try JMESPath(parsing: " a . b [ 0 ] ")
        let result = try path.evaluate(JSONValue.parse(#"{"a": {"b": [7]}}"#))
        #expect(result == .int(7))
    }
}
