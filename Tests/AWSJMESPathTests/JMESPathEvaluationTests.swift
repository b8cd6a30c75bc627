import AWSJMESPath
import AWSJSON
import Testing

/// Cases in the style of the JMESPath compliance suite (https://github.com/jmespath/jmespath.test),
/// derived from the specification's examples.
@Suite struct JMESPathEvaluationTests {
    /// One case: an expression, its input and its result, as JSON text.
    struct Case: CustomTestStringConvertible, Sendable {
        var expression: String
        var input: String
        var result: String
        var testDescription: String { expression }

        init(_ expression: String, _ input: String, _ result: String) {
            self.expression = expression
            self.input = input
            self.result = result
        }
    }

    static let people = #"{"people": [{"name": "a", "age": 30, "state": {"name": "up"}}, {"name": "b", "age": 50}, {"name": "c", "age": 40, "state": {"name": "down"}}]}"#
    static let nested = #"{"a": {"b": {"c": [[0, 1], [2, [3, 4]], 5]}}}"#

    static let basics: [Case] = [
        Case("foo", #"{"foo": "value"}"#, #""value""#),
        Case("bar", #"{"foo": "value"}"#, "null"),
        Case("foo.bar.baz", #"{"foo": {"bar": {"baz": true}}}"#, "true"),
        Case("foo.bar.missing.deeper", #"{"foo": {"bar": {}}}"#, "null"),
        Case("foo.bar", #"{"foo": "not an object"}"#, "null"),
        Case(#""foo bar"."with \"quote\"""#, #"{"foo bar": {"with \"quote\"": 1}}"#, "1"),
        Case("@", #"{"a": 1}"#, #"{"a": 1}"#),
        Case("_under_9", #"{"_under_9": 9}"#, "9"),
    ]

    static let indexes: [Case] = [
        Case("[0]", "[1, 2, 3]", "1"),
        Case("[-1]", "[1, 2, 3]", "3"),
        Case("[3]", "[1, 2, 3]", "null"),
        Case("[-4]", "[1, 2, 3]", "null"),
        Case("a[1].b", #"{"a": [{"b": 1}, {"b": 2}]}"#, "2"),
        Case("a[0]", #"{"a": {"0": 1}}"#, "null"),
        Case("[1:3]", "[0, 1, 2, 3, 4]", "[1, 2]"),
        Case("[::2]", "[0, 1, 2, 3, 4]", "[0, 2, 4]"),
        Case("[::-1]", "[0, 1, 2]", "[2, 1, 0]"),
        Case("[-2:]", "[0, 1, 2, 3]", "[2, 3]"),
        Case("[10:]", "[0, 1]", "[]"),
        Case("[:1].a", #"[{"a": 1}, {"a": 2}]"#, "[1]"),
    ]

    static let projections: [Case] = [
        Case("people[*].name", people, #"["a", "b", "c"]"#),
        Case("people[].name", people, #"["a", "b", "c"]"#),
        Case("people[*].state.name", people, #"["up", "down"]"#),
        Case("people[*]", "[]", "null"),
        Case("people[*].name", #"{"people": {"name": "x"}}"#, "null"),
        Case("people[0:2].age", people, "[30, 50]"),
        Case("*.name", #"{"x": {"name": 1}, "y": {"name": 2}, "z": {}}"#, "[1, 2]"),
        Case("top.*.name", #"{"top": {"x": {"name": 1}, "y": {"other": 2}}}"#, "[1]"),
        Case("top.*", #"{"top": [1]}"#, "null"),
        Case("a[*].b[*].c", #"{"a": [{"b": [{"c": 1}, {"c": 2}]}, {"b": [{"c": 3}]}]}"#, "[[1, 2], [3]]"),
        Case("a[].b[].c", #"{"a": [{"b": [{"c": 1}, {"c": 2}]}, {"b": [{"c": 3}]}]}"#, "[1, 2, 3]"),
    ]

    static let flattening: [Case] = [
        Case("a.b.c[]", nested, "[0, 1, 2, [3, 4], 5]"),
        Case("a.b.c[][]", nested, "[0, 1, 2, 3, 4, 5]"),
        Case("[]", #"{"a": 1}"#, "null"),
        Case("reservations[].instances[].state", #"{"reservations": [{"instances": [{"state": "up"}, {"state": "down"}]}, {"instances": [{"state": "up"}]}]}"#, #"["up", "down", "up"]"#),
        Case("a[0][0]", nested, "null"),
        Case("a.b.c[1][1][0]", nested, "3"),
    ]

    static let filters: [Case] = [
        Case("people[?age > `35`].name", people, #"["b", "c"]"#),
        Case("people[?age >= `40` && age <= `40`].name", people, #"["c"]"#),
        Case("people[?name == 'a' || name == 'c'].age", people, "[30, 40]"),
        Case("people[?!state].name", people, #"["b"]"#),
        Case("people[?state.name != 'up'].name", people, #"["b", "c"]"#),
        Case("people[?age < `0`]", people, "[]"),
        Case("[?@ == `2`]", "[1, 2, 2]", "[2, 2]"),
        Case("[?a == b]", #"[{"a": 1, "b": 1.0}, {"a": [1], "b": [1]}, {"a": {"k": 1}, "b": {"k": 2}}]"#, #"[{"a": 1, "b": 1.0}, {"a": [1], "b": [1]}]"#),
        Case("[?name < 'b']", #"[{"name": "a"}]"#, "[]"),
        Case("items[?kind == 'x'][]", #"{"items": [{"kind": "x"}, {"kind": "y"}]}"#, #"[{"kind": "x"}]"#),
    ]

    static let operators: [Case] = [
        Case("a || b", #"{"a": null, "b": "fallback"}"#, #""fallback""#),
        Case("a || b", #"{"a": [], "b": {}}"#, "{}"),
        Case("a && b", #"{"a": "x", "b": "y"}"#, #""y""#),
        Case("a && b", #"{"a": "", "b": "y"}"#, #""""#),
        Case("!a", #"{"a": {}}"#, "true"),
        Case("!a", #"{"a": 0}"#, "false"),
        Case("a == `1`", #"{"a": 1.0}"#, "true"),
        Case("a != 'x'", #"{"a": "x"}"#, "false"),
        Case("a > b", #"{"a": "b", "b": "a"}"#, "null"),
        Case("(a || b).c", #"{"b": {"c": 3}}"#, "3"),
        Case("a.b | [0]", #"{"a": {"b": [5, 6]}}"#, "5"),
        Case("a[*].b | [0]", #"{"a": [{"b": 1}, {"b": 2}]}"#, "1"),
        Case("a[*].b[0]", #"{"a": [{"b": [1]}, {"b": [2]}]}"#, "[1, 2]"),
        Case("status != 'CANCELLING' && status != 'CANCELLED'", #"{"status": "RUNNING"}"#, "true"),
    ]

    static let literals: [Case] = [
        Case("'raw \\' string'", "{}", #""raw ' string""#),
        Case(#"'back\slash'"#, "{}", #""back\\slash""#),
        Case("`{\"a\": [1, true]}`", "{}", #"{"a": [1, true]}"#),
        Case("`\"with \\` tick\"`", "{}", #""with ` tick""#),
        Case("[a, b.c]", #"{"a": 1, "b": {"c": 2}}"#, "[1, 2]"),
        Case("{x: a, y: `3`}", #"{"a": 1}"#, #"{"x": 1, "y": 3}"#),
        Case("missing.[a]", "{}", "null"),
        Case("items[*].[id, state]", #"{"items": [{"id": 1, "state": "x"}]}"#, #"[[1, "x"]]"#),
    ]

    static let functions: [Case] = [
        Case("length(a)", #"{"a": "héllo"}"#, "5"),
        Case("length(a)", #"{"a": [1, 2]}"#, "2"),
        Case("length(a)", #"{"a": {"k": 1}}"#, "1"),
        Case("length(Output || '') > `0`", "{}", "false"),
        Case("length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0`",
             #"{"services": [{"deployments": [1], "runningCount": 2, "desiredCount": 2}]}"#, "true"),
        Case("contains(a, 'b')", #"{"a": ["a", "b"]}"#, "true"),
        Case("contains(a, `1`)", #"{"a": [1.0]}"#, "true"),
        Case("contains(a, 'ell')", #"{"a": "hello"}"#, "true"),
        Case("contains(a, 'x')", #"{"a": "hello"}"#, "false"),
        Case("starts_with(a, 'he')", #"{"a": "hello"}"#, "true"),
        Case("ends_with(a, 'lo')", #"{"a": "hello"}"#, "true"),
        Case("not_null(a, b, `3`)", #"{"b": 2}"#, "2"),
        Case("type(a)", #"{"a": 1.5}"#, #""number""#),
        Case("keys(@)", #"{"b": 1, "a": 2}"#, #"["a", "b"]"#),
        Case("values(@)", #"{"b": 1, "a": 2}"#, "[2, 1]"),
        Case("length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations)",
             #"{"KinesisDataStreamDestinations": [{"DestinationStatus": "DISABLED"}, {"DestinationStatus": "ENABLE_FAILED"}]}"#, "true"),
    ]

    static let expressionFunctions: [Case] = [
        Case("sort_by(people, &age)[].name", people, #"["a", "c", "b"]"#),
        Case("sort_by(@, &k)[].v", #"[{"k": 1, "v": "a"}, {"k": 0, "v": "b"}, {"k": 1.0, "v": "c"}, {"k": 0, "v": "d"}]"#, #"["b", "d", "a", "c"]"#),
        Case("max_by(people, &age).name", people, #""b""#),
        Case("min_by(@, &state.name).name", #"[{"name": "x", "state": {"name": "up"}}, {"name": "y", "state": {"name": "down"}}]"#, #""y""#),
        Case("map(&state.name, people)", people, #"["up", null, "down"]"#),
        Case("people[?age > `35`] | sort_by(@, &name) | [0].name", people, #""b""#),
        Case("sort(@)", #"["f", "e\u0301", "a"]"#, #"["a", "e\u0301", "f"]"#),
        Case("max(@)", "[1, 2.5, 2]", "2.5"),
    ]

    static let otherFunctions: [Case] = [
        Case("abs(@)", "-9007199254740993", "9007199254740993"),
        Case("[ceil(`1.5`), floor(`-1.5`), ceil(`2`)]", "{}", "[2, -2, 2]"),
        Case("[sum(@), avg(@)]", "[1, 2.5, 3]", "[6.5, 2.1666666666666665]"),
        Case("join('-', @)", #"["a", "b"]"#, #""a-b""#),
        Case("reverse(@)", #""ab\u00e9""#, #""\u00e9ba""#),
        Case("merge(@, `{\"a\": 0}`)", #"{"a": 1, "b": 2}"#, #"{"a": 0, "b": 2}"#),
        Case("[to_number('1.5'), to_number('x'), to_string(@), to_array(`1`)]", "[1, 2.5]", #"[1.5, null, "[1,2.5]", [1]]"#),
        Case("values(@)", #"{"b": 1, "a": 2, "c": 3}"#, "[2, 1, 3]"),
    ]

    @Test(arguments: basics + indexes + projections + flattening)
    func paths(_ testCase: Case) throws {
        try check(testCase)
    }

    @Test(arguments: filters + operators)
    func filtersAndOperators(_ testCase: Case) throws {
        try check(testCase)
    }

    @Test(arguments: literals + functions)
    func literalsAndFunctions(_ testCase: Case) throws {
        try check(testCase)
    }

    @Test(arguments: expressionFunctions + otherFunctions)
    func moreFunctions(_ testCase: Case) throws {
        try check(testCase)
    }

    private func check(_ testCase: Case) throws {
        let path = try JMESPath(parsing: testCase.expression)
        let result = try path.evaluate(JSONValue.parse(testCase.input))
        let expected = try JSONValue.parse(testCase.result)
        #expect(result == expected, "\(testCase.expression) gave \(result.serializedString())")
    }

    @Test func functionsRejectArgumentsOfTheWrongType() throws {
        for (expression, input) in [("length(a)", #"{"a": 1}"#), ("length(missing)", "{}"), ("contains(a, 'x')", #"{"a": 1}"#),
                                    ("starts_with(a, `1`)", #"{"a": "x"}"#), ("keys(a)", #"{"a": []}"#), ("sort_by(a, b)", #"{"a": []}"#),
                                    ("type(&a)", "{}"), ("sort(a)", #"{"a": [1, "x"]}"#), ("max_by(a, &b)", #"{"a": [{"b": 1}, {"b": "x"}]}"#),
                                    ("sum(a)", #"{"a": [1, true]}"#), ("map(&b, a)", #"{"a": {}}"#)] {
            let json = try JSONValue.parse(input)
            let error = #expect(throws: JMESPathError.self, "\(expression)") { try JMESPath(parsing: expression).evaluate(json) }
            #expect(error?.kind == .invalidType)
            #expect(error?.expression == expression)
        }
    }
}
