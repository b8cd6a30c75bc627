@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
import Foundation
import ProtocolSuites
import TestSupport

/// Runs one case of a suite against the generated code and returns what does not match (empty when it passes).
struct CaseRunner {
    let entry: ProtocolSuiteEntry
    let suite: JSONValue
    let testCase: JSONValue

    private var keys: WireKeys { WireKeys(shapes: suite["shapes"]?.objectValue ?? [:]) }
    private var given: JSONValue { testCase["given"] ?? .null }

    private func client() throws -> AWSClient {
        var configuration = AWSClientConfiguration.test(AWSStubTransport { _ in AWSHTTPResponse(status: 500) })
        configuration.endpoint = suite["clientEndpoint"]?.stringValue ?? "https://example.com"
        return try AWSClient(service: entry.service, configuration: configuration)
    }

    func run() async -> [String] {
        do {
            return testCase["serialized"] != nil ? try runInput() : try await runOutput()
        } catch {
            return ["threw \(error)"]
        }
    }

    // MARK: Requests

    private func runInput() throws -> [String] {
        let expected = testCase["serialized"]!
        var params = testCase["params"] ?? .object([:])
        if let input = given["input"]?["shape"]?.stringValue { params = keys.rename(params, shape: input, topLevel: true) }
        let request = try SuiteCodec.buildRequest(entry, try client(), params: params)
        var problems: [String] = []
        func check(_ ok: Bool, _ message: @autoclosure () -> String) { if !ok { problems.append(message()) } }
        if let method = expected["method"]?.stringValue {
            check(request.method == method, "method \(request.method), expected \(method)")
        }
        if let uri = expected["uri"]?.stringValue {
            check(Self.sameTarget(request.target, uri), "uri \(request.target), expected \(uri)")
        }
        for (name, value) in expected["headers"]?.objectValue ?? [:] {
            let actual = request.headers.values(name).joined(separator: ", ")
            let same = Self.sameHeaderValue(actual, value.stringValue ?? "")
                || (name.lowercased() == "content-type" && Self.sameMediaType(actual, value.stringValue ?? ""))
            check(same, "header \(name): '\(actual)', expected '\(value.stringValue ?? "")'")
        }
        for name in expected["forbidHeaders"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
            check(request.headers[name] == nil, "header \(name) is present")
        }
        // Required headers are checked on the wire, where every transport adds Content-Length to a request
        // with a body (botocore likewise checks them on its prepared request); forbidden ones on the request
        // as built, as botocore checks its serialized request.
        let wire = Self.onTheWire(request)
        for name in expected["requireHeaders"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
            check(wire.headers[name] != nil, "header \(name) is missing")
        }
        if let body = expected["body"]?.stringValue, CBORBodies.isCBOR(entry.service) {
            check(CBORBodies.match(request.body, base64: body),
                  "body \(CBORBodies.describe(request.body)), expected \(CBORBodies.describe(CBORBodies.bytes(base64: body)))")
        } else if let body = expected["body"]?.stringValue {
            let maps = MapEntryOrder(shapes: keys.shapes, input: given["input"]?["shape"]?.stringValue ?? "")
            check(Self.bodiesMatch(request.body, body, maps: maps),
                  "body '\(String(decoding: request.body, as: UTF8.self))', expected '\(body)'")
        }
        if let host = expected["host"]?.stringValue {
            let path = host.firstIndex(of: "/").map { String(host[$0...]) } ?? ""
            let authority = String(host.prefix { $0 != "/" })
            check(request.authority == authority && request.path.hasPrefix(path),
                  "host \(request.authority)\(request.path), expected \(host)")
        }
        return problems
    }

    /// The request as a transport sends it: with `Content-Length` when it has a body or a method that carries one.
    static func onTheWire(_ request: AWSHTTPRequest) -> AWSHTTPRequest {
        var wire = request
        if wire.headers["Content-Length"] == nil, !request.body.isEmpty || ["POST", "PUT", "PATCH"].contains(request.method) {
            wire.headers.add("Content-Length", String(request.body.count))
        }
        return wire
    }

    /// Whether two header values are the same, with optional whitespace after list commas ignored
    /// (RFC 9110 list syntax: `a,b` and `a, b` are one value; botocore writes the first, Smithy the second).
    static func sameHeaderValue(_ actual: String, _ expected: String) -> Bool {
        func normalized(_ value: String) -> String {
            value.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ",")
        }
        return actual == expected || normalized(actual) == normalized(expected)
    }

    /// Whether `actual` is the media type `expected` names with parameters added: botocore's query and ec2
    /// requests say `application/x-www-form-urlencoded; charset=utf-8` where the Smithy suites expect
    /// `application/x-www-form-urlencoded`.
    static func sameMediaType(_ actual: String, _ expected: String) -> Bool {
        !expected.contains(";") && actual.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } == expected
    }

    /// Whether two request targets have the same path and the same query parameters, where parameters of one
    /// name keep their order but different names may come in any order: the generator's output does not
    /// depend on the key order of the model's JSON (which sets the suites' order), and AWS reads the query
    /// as a multimap (SigV4 sorts it).
    static func sameTarget(_ actual: String, _ expected: String) -> Bool {
        func split(_ target: String) -> (path: Substring, query: [Substring: [Substring]]) {
            let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            var query: [Substring: [Substring]] = [:]
            for item in parts.count > 1 ? parts[1].split(separator: "&") : [] {
                query[item.prefix { $0 != "=" }, default: []].append(item)
            }
            return (parts[0], query)
        }
        let (a, b) = (split(actual), split(expected))
        return a.path == b.path && a.query == b.query
    }

    /// Compares JSON bodies as parsed JSON, form bodies as their fields, XML bodies as their elements (map
    /// entries, which `maps` finds, in any order in both), other bodies byte for byte.
    static func bodiesMatch(_ actual: [UInt8], _ expected: String, maps: MapEntryOrder) -> Bool {
        if actual == Array(expected.utf8) { return true }
        if let want = try? JSONValue.parse(expected), let got = try? JSONValue.parse(actual) {
            return jsonEquivalent(got, want)
        }
        if FormBodies.isForm(expected) { return FormBodies.match(actual, expected, maps: maps) }
        return XMLBodies.match(actual, expected, maps: maps)
    }

    // MARK: Responses

    private func runOutput() async throws -> [String] {
        let response = testCase["response"] ?? .null
        var headers = AWSHTTPHeaders()
        for (name, value) in (response["headers"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
            headers.add(name, value.stringValue ?? "")
        }
        let body = response["body"]?.stringValue ?? ""
        let http = AWSHTTPResponse(
            status: Int(response["status_code"]?.intValue ?? 200), headers: headers,
            body: CBORBodies.isCBOR(entry.service) ? CBORBodies.bytes(base64: body) : Array(body.utf8))
        let client = try client()
        do {
            let output = try await SuiteCodec.parseResponse(entry, client, http)
            guard let result = testCase["result"] else { return ["parsed an output, expected error \(expectedCode)"] }
            let shape = given["output"]?["shape"]?.stringValue ?? ""
            let expected = keys.rename(result, shape: shape, topLevel: true)
            return jsonEquivalent(output, expected) ? [] : ["output \(output.serializedString()), expected \(expected.serializedString())"]
        } catch let error as any AWSServiceError {
            guard testCase["error"] != nil || testCase["errorCode"] != nil else { return ["threw \(error)"] }
            return try checkError(error, entry.service)
        }
    }

    /// botocore's error code: the query code of an `awsQueryCompatible` response, else the code.
    private var expectedCode: String { testCase["errorCode"]?.stringValue ?? "" }

    private func checkError(_ error: any AWSServiceError, _ service: AWSServiceDescriptor) throws -> [String] {
        var problems: [String] = []
        // A query-compatible service's errors go by shape name, not by their query code.
        if let modeled = service.errors[expectedCode] ?? service.errors[expectedShape] {
            if type(of: error) != modeled { problems.append("threw \(type(of: error)) \(error), expected \(modeled)") }
        } else if !(error is AWSUnknownServiceError) || (error.context.queryErrorCode ?? error.code) != expectedCode {
            problems.append("threw \(type(of: error)) \(error), expected an unknown error \(expectedCode)")
        }
        if let queryCode = error.context.queryErrorCode, queryCode != expectedCode {
            problems.append("query error code \(queryCode), expected \(expectedCode)")
        }
        if let message = testCase["errorMessage"]?.stringValue, error.message != message {
            problems.append("message \(error.message ?? "nil"), expected \(message)")
        }
        if let members = testCase["error"], let modeled = error as? any AWSModeledError & Encodable {
            let expected = keys.rename(members, shape: expectedShape, topLevel: true)
            let actual = try SuiteCodec.suiteJSON(modeled)
            if !jsonEquivalent(actual, expected) {
                problems.append("error members \(actual.serializedString()), expected \(expected.serializedString())")
            }
        }
        return problems
    }

    /// The suite shape of the expected error: the operation error whose code is the expected code.
    private var expectedShape: String {
        let names = given["errors"]?.arrayValue?.compactMap { $0["shape"]?.stringValue } ?? []
        return names.first { name in
            (suite["shapes"]?[name]?["error"]?["code"]?.stringValue ?? name) == expectedCode
        } ?? expectedCode
    }
}
