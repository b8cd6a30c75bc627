import Foundation

/// The bad inputs tried against `aws-codegen generate`, one table per file of a model directory. The README's
/// table of bad models and configs lists the same kinds.
enum BadInputCases {
    static let service = "service-2.json"
    static let paginators = "paginators-1.json"
    static let waiters = "waiters-2.json"
    static let endpoints = "endpoint-rule-set-1.json"
    static let config = "aws-codegen.json"

    /// Bytes of the kinds every file is tried with: not JSON, not UTF-8, too deep, duplicated keys.
    static func anyFile(_ file: String) -> [BadInputCase] {
        [
            BadInputCase("empty file", file, ""),
            BadInputCase("not JSON", file, "hello"),
            BadInputCase("truncated", file, #"{"a": ["#),
            BadInputCase("text after the value", file, "{} {}"),
            BadInputCase("top level is an array", file, "[1, 2]"),
            BadInputCase("top level is a string", file, #""x""#),
            BadInputCase("top level is null", file, "null"),
            BadInputCase("invalid UTF-8 in a string", file, Array(#"{"x": ""#.utf8) + [0xFF, 0xFE, 0xC3] + Array(#""}"#.utf8)),
            BadInputCase("invalid UTF-8 outside strings", file, [0xC3, 0x28]),
            BadInputCase("a byte-order mark", file, [0xEF, 0xBB, 0xBF] + Array("{}".utf8)),
            BadInputCase("100,000 nested arrays", file, String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
            BadInputCase("100,000 nested objects", file, String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)),
            BadInputCase("a NUL byte", file, [0x7B, 0x00, 0x7D]),
        ]
    }

    /// A botocore model around `shapes` and `operations` (JSON text), as `ModelErrorTests` builds them.
    static func model(shapes: String = "{}", operations: String = "{}", metadata: String? = nil) -> String {
        """
        {
          "metadata": \(metadata ?? #"{"apiVersion": "1", "endpointPrefix": "svc", "protocol": "rest-json", "serviceId": "Svc"}"#),
          "operations": \(operations),
          "shapes": \(shapes)
        }
        """
    }

    /// A model whose metadata has `serviceId` set to `id`.
    static func serviceID(_ id: String) -> String {
        model(metadata: #"{"apiVersion": "1", "endpointPrefix": "svc", "protocol": "rest-json", "serviceId": \#(id)}"#)
    }

    /// A model with one structure shape named `name` (JSON text), used by an operation.
    static func shapeNamed(_ name: String) -> String {
        model(shapes: "{\(name): {\"type\": \"structure\", \"members\": {}}}",
              operations: "{\"Op\": {\"name\": \"Op\", \"http\": {\"method\": \"POST\", \"requestUri\": \"/\"}, \"input\": {\"shape\": \(name)}}}")
    }

    /// A model with one structure whose member is named `name` (JSON text).
    static func memberNamed(_ name: String) -> String {
        model(shapes: "{\"In\": {\"type\": \"structure\", \"members\": {\(name): {\"shape\": \"S\"}}}, \"S\": {\"type\": \"string\"}}",
              operations: #"{"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"}}}"#)
    }

    /// A model with one operation named `name` (JSON text).
    static func operationNamed(_ name: String) -> String {
        model(operations: "{\(name): {\"name\": \(name), \"http\": {\"method\": \"POST\", \"requestUri\": \"/\"}}}")
    }

    static let hugeString = String(repeating: "x", count: 16 << 20)

    static let serviceCases: [BadInputCase] = anyFile(service) + [
        BadInputCase("a 16 MiB string where a protocol goes", service, model(metadata: #"{"apiVersion": "1", "endpointPrefix": "svc", "protocol": "\#(hugeString)", "serviceId": "Svc"}"#), generates: true),
        BadInputCase("a number beyond Int64", service, model(shapes: #"{"S": {"type": "string", "max": 99999999999999999999999999}}"#)),
        BadInputCase("a number beyond Double", service, model(shapes: #"{"S": {"type": "string", "min": 1e999}}"#)),
        BadInputCase("a fractional length", service, model(shapes: #"{"S": {"type": "string", "min": 1.5}}"#), generates: true),
        BadInputCase("metadata is a string", service, model(metadata: #""x""#)),
        BadInputCase("operations is an array", service, model(operations: "[]")),
        BadInputCase("shapes is a number", service, model(shapes: "5")),
        BadInputCase("a shape is a string", service, model(shapes: #"{"S": "string"}"#)),
        BadInputCase("a shape's type is a number", service, model(shapes: #"{"S": {"type": 5}}"#)),
        BadInputCase("members is an array", service, model(shapes: #"{"S": {"type": "structure", "members": []}}"#)),
        BadInputCase("a member is a string", service, model(shapes: #"{"S": {"type": "structure", "members": {"m": "x"}}}"#)),
        BadInputCase("a member's shape is a number", service, model(shapes: #"{"S": {"type": "structure", "members": {"m": {"shape": 5}}}}"#)),
        BadInputCase("a list's member is missing", service, model(shapes: #"{"L": {"type": "list"}}"#)),
        BadInputCase("an enum is a string", service, model(shapes: #"{"S": {"type": "string", "enum": "a"}}"#)),
        BadInputCase("an operation's http is a string", service, operationNamed(#""Op""#).replacingOccurrences(of: #"{"method": "POST", "requestUri": "/"}"#, with: #""x""#)),
        BadInputCase("an operation's errors is an object", service, model(operations: #"{"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "errors": {}}}"#)),
        BadInputCase("a dangling member shape", service, model(shapes: #"{"S": {"type": "structure", "members": {"m": {"shape": "Missing"}}}}"#)),
        BadInputCase("a dangling operation input", service, model(operations: #"{"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "Missing"}}}"#)),
        BadInputCase("a dangling operation error", service, model(operations: #"{"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "errors": [{"shape": "Missing"}]}}"#)),
        BadInputCase("a list of itself", service, model(shapes: #"{"L": {"type": "list", "member": {"shape": "L"}}}"#)),
        BadInputCase("a map of itself", service, model(shapes: #"{"M": {"type": "map", "key": {"shape": "K"}, "value": {"shape": "M"}}, "K": {"type": "string"}}"#)),
        BadInputCase("two lists of each other", service, model(shapes: #"{"A": {"type": "list", "member": {"shape": "B"}}, "B": {"type": "list", "member": {"shape": "A"}}}"#)),
        BadInputCase("a duplicate top-level key", service, #"{"metadata": {}, "operations": {}, "shapes": {}, "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "protocol": "rest-json", "serviceId": "Svc"}}"#),
        BadInputCase("a duplicate shape name", service, model(shapes: #"{"S": {"type": "string"}, "S": {"type": "integer"}}"#)),
        BadInputCase("a duplicate member name", service, model(shapes: #"{"T": {"type": "structure", "members": {"m": {"shape": "S"}, "m": {"shape": "S"}}}, "S": {"type": "string"}}"#)),
        BadInputCase("an empty serviceId", service, serviceID(#""""#), generates: true),
        BadInputCase("a serviceId of digits", service, serviceID(#""123""#), generates: true),
        BadInputCase("a serviceId of punctuation", service, serviceID(#""-- !""#), generates: true),
        BadInputCase("a serviceId with a NUL", service, serviceID(#""Svc\u0000""#), generates: true),
        BadInputCase("a serviceId with a slash", service, serviceID(#""../Svc""#), generates: true),
        BadInputCase("an empty shape name", service, shapeNamed(#""""#), generates: true),
        BadInputCase("a shape name of digits", service, shapeNamed(#""123""#), generates: true),
        BadInputCase("a shape name with a backtick", service, shapeNamed(#""A`B""#), generates: true),
        BadInputCase("a shape name with a quote", service, shapeNamed(#""A\"B""#), generates: true),
        BadInputCase("a shape name with a NUL", service, shapeNamed(#""A\u0000B""#)),
        BadInputCase("a shape name with a newline", service, shapeNamed(#""A\nB""#), generates: true),
        BadInputCase("a shape name of an emoji", service, shapeNamed(#""💥""#), generates: true),
        BadInputCase("an empty member name", service, memberNamed(#""""#), generates: true),
        BadInputCase("a member name of punctuation", service, memberNamed(#""-""#), generates: true),
        BadInputCase("a member name with a newline", service, memberNamed(#""a\nb""#), generates: true),
        BadInputCase("an empty operation name", service, operationNamed(#""""#), generates: true),
        BadInputCase("an operation name with a space and parentheses", service, operationNamed(#""Do (it)""#), generates: true),
        BadInputCase("an operation name with a backslash", service, operationNamed(#""A\\B""#), generates: true),
    ]

    static let paginatorCases: [BadInputCase] = anyFile(paginators) + [
        BadInputCase("pagination is a number", paginators, #"{"pagination": 5}"#),
        BadInputCase("a paginator is a string", paginators, #"{"pagination": {"ListClusters": "x"}}"#),
        BadInputCase("an unknown operation", paginators, #"{"pagination": {"Nope": {"input_token": "nextToken", "output_token": "nextToken"}}}"#, generates: true),
        BadInputCase("a token is a number", paginators, #"{"pagination": {"ListClusters": {"input_token": 5, "output_token": "nextToken"}}}"#),
        BadInputCase("an output token that is not JMESPath", paginators, #"{"pagination": {"ListClusters": {"input_token": "nextToken", "output_token": "a[[", "result_key": "clusters"}}}"#, generates: true),
        BadInputCase("a result key that names no member", paginators, #"{"pagination": {"ListClusters": {"input_token": "nextToken", "output_token": "nextToken", "result_key": "Nope"}}}"#, generates: true),
    ]

    static let waiterCases: [BadInputCase] = anyFile(waiters) + [
        BadInputCase("waiters is a number", waiters, #"{"version": 2, "waiters": 5}"#),
        BadInputCase("an unknown operation", waiters, #"{"version": 2, "waiters": {"W": {"operation": "Nope", "delay": 1, "maxAttempts": 2, "acceptors": []}}}"#),
        BadInputCase("acceptors is a string", waiters, #"{"version": 2, "waiters": {"W": {"operation": "GetCluster", "delay": 1, "maxAttempts": 2, "acceptors": "x"}}}"#),
        BadInputCase("an unknown matcher", waiters, #"{"version": 2, "waiters": {"W": {"operation": "GetCluster", "delay": 1, "maxAttempts": 2, "acceptors": [{"matcher": "bogus", "state": "success", "expected": 1}]}}}"#),
        BadInputCase("an argument that is not JMESPath", waiters, #"{"version": 2, "waiters": {"W": {"operation": "GetCluster", "delay": 1, "maxAttempts": 2, "acceptors": [{"matcher": "path", "argument": "a[[", "state": "success", "expected": "x"}]}}}"#, generates: true),
        BadInputCase("a delay that is a string", waiters, #"{"version": 2, "waiters": {"W": {"operation": "GetCluster", "delay": "x", "maxAttempts": 2, "acceptors": []}}}"#),
        BadInputCase("a waiter name that is not a Swift name", waiters, #"{"version": 2, "waiters": {"1 2": {"operation": "GetCluster", "delay": 1, "maxAttempts": 2, "acceptors": [{"matcher": "status", "state": "success", "expected": 200}]}}}"#, generates: true),
    ]

    static let endpointCases: [BadInputCase] = anyFile(endpoints) + [
        BadInputCase("parameters is a number", endpoints, #"{"version": "1.0", "parameters": 5, "rules": []}"#),
        BadInputCase("rules is an object", endpoints, #"{"version": "1.0", "parameters": {}, "rules": {}}"#),
        BadInputCase("an unknown rule type", endpoints, #"{"version": "1.0", "parameters": {}, "rules": [{"type": "bogus", "conditions": []}]}"#),
        BadInputCase("an unknown function", endpoints, #"{"version": "1.0", "parameters": {}, "rules": [{"type": "error", "conditions": [{"fn": "nope", "argv": []}], "error": "x"}]}"#),
        BadInputCase("a parameter of an unknown type", endpoints, #"{"version": "1.0", "parameters": {"Region": {"type": "Float"}}, "rules": []}"#),
        BadInputCase("a condition that names no parameter", endpoints, #"{"version": "1.0", "parameters": {}, "rules": [{"type": "error", "conditions": [{"fn": "isSet", "argv": [{"ref": "Missing"}]}], "error": "x"}]}"#),
    ]

    static let configCases: [BadInputCase] = anyFile(config) + [
        BadInputCase("operations is a number", config, #"{"operations": 5}"#),
        BadInputCase("an unknown operation", config, #"{"operations": ["Nope"]}"#),
        BadInputCase("a module name of digits", config, #"{"moduleName": "123"}"#),
        BadInputCase("a module name with a slash", config, #"{"moduleName": "../X"}"#),
        BadInputCase("an unknown access level", config, #"{"access": "open"}"#),
        BadInputCase("an unknown coding", config, #"{"coding": "both"}"#),
        BadInputCase("coding is a boolean", config, #"{"coding": true}"#),
        BadInputCase("an unknown key", config, #"{"bogus": 1}"#),
        BadInputCase("a duplicate key", config, #"{"access": "public", "access": "internal"}"#),
        BadInputCase("a namespace that is a keyword", config, #"{"namespace": "class"}"#),
    ]

    static let all = serviceCases + paginatorCases + waiterCases + endpointCases + configCases
}
