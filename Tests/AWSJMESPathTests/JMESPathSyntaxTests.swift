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

    /// Found by the jmespath fuzz target: 1,367 nested `[` overflowed the stack.
    @Test(arguments: ["[", "(", "{a:", "!", "abs(", "a[*].b"])
    func deepNestingIsASyntaxErrorNotAStackOverflow(_ opening: String) {
        let deep = String(repeating: opening, count: 100_000) + "a"
        let error = #expect(throws: JMESPathError.self) { try JMESPath(parsing: deep) }
        #expect(error?.kind == .syntax)
        #expect(error?.description.contains("nests more than 256 levels deep") == true, "\(String(describing: error).prefix(200))")
    }

    @Test func nestingUpToTheLimitParses() throws {
        let path = try JMESPath(parsing: String(repeating: "[", count: 255) + "a" + String(repeating: "]", count: 255))
        var expected: JSONValue = .int(1)
        for _ in 0..<255 { expected = .array([expected]) }
        #expect(try path.evaluate(.object(["a": .int(1)])) == expected)
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
