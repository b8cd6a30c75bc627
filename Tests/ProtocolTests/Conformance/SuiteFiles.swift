import AWSRuntime
import Foundation

/// The vendored suite files, botocore's ignore list and our skip list.
enum SuiteFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The suite files, in the order of the report table.
    static let names = [
        "input/rest-json.json", "output/rest-json.json", "input/json.json", "output/json.json",
        "input/json_1_0.json", "output/json_1_0.json", "input/json_1_0-query-compatible.json",
        "output/json_1_0-query-compatible.json", "legacy/input/rest-json.json", "legacy/output/rest-json.json",
        "legacy/input/json.json", "legacy/output/json.json",
        "input/smithy-rpc-v2-cbor.json", "output/smithy-rpc-v2-cbor.json",
        "input/smithy-rpc-v2-cbor-query-compatible.json", "output/smithy-rpc-v2-cbor-query-compatible.json",
        "input/smithy-rpc-v2-cbor-non-query-compatible.json", "output/smithy-rpc-v2-cbor-non-query-compatible.json",
        "input/query.json", "output/query.json", "legacy/input/query.json", "legacy/output/query.json",
        "input/ec2.json", "output/ec2.json", "legacy/input/ec2.json", "legacy/output/ec2.json",
        "input/rest-xml.json", "output/rest-xml.json", "legacy/input/rest-xml.json", "legacy/output/rest-xml.json",
    ]

    static func load(_ path: String) throws -> JSONValue {
        try JSONValue.parse(Array(try Data(contentsOf: root.appendingPathComponent(path))))
    }

    static func suites(_ file: String) throws -> [JSONValue] {
        try load("Resources/" + file).arrayValue ?? []
    }
}

/// botocore's `protocol-tests-ignore-list.json`, applied as botocore applies it: a suite whose description
/// is listed under `general.<input|output>.suites`, or a case whose id is listed under
/// `protocols.<file name>.<input|output>.cases`, is not run. The legacy files share their protocol's list.
struct IgnoreList {
    let root: JSONValue

    init() throws {
        root = try SuiteFiles.load("Resources/protocol-tests-ignore-list.json")
    }

    func ignores(file: String, suite: JSONValue, case testCase: JSONValue) -> Bool {
        let direction = file.contains("input/") ? "input" : "output"
        let protocolName = String(file.split(separator: "/").last!.dropLast(".json".count))
        let suites = root["general"]?[direction]?["suites"]?.arrayValue ?? []
        if let description = suite["description"], suites.contains(description) { return true }
        let cases = root["protocols"]?[protocolName]?[direction]?["cases"]?.arrayValue ?? []
        if let id = testCase["id"], cases.contains(id) { return true }
        return false
    }
}

/// `Tests/ProtocolTests/skip-list.json`: cases we do not pass yet, each with the reason, by file and case name.
struct SkipList {
    let reasons: [String: [String: String]]

    init() throws {
        var reasons: [String: [String: String]] = [:]
        for entry in try SuiteFiles.load("skip-list.json").arrayValue ?? [] {
            guard let file = entry["file"]?.stringValue, let name = entry["case"]?.stringValue,
                let reason = entry["reason"]?.stringValue
            else { continue }
            reasons[file, default: [:]][name] = reason
        }
        self.reasons = reasons
    }

    func reason(file: String, case name: String) -> String? {
        reasons[file]?[name]
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}

/// A case's name in reports and the skip list: its Smithy id, or for legacy cases without one
/// `<suite description> #<case index>`.
func caseName(suite: JSONValue, index: Int, case testCase: JSONValue) -> String {
    testCase["id"]?.stringValue ?? "\(suite["description"]?.stringValue ?? "") #\(index)"
}

/// The model name of each case's operation, as `generate.py` names them: the `given` name, or `name2`,
/// `name3`... for a different `given` under a name already taken.
func operationNames(_ cases: [JSONValue]) -> [String] {
    var variants: [String: [JSONValue]] = [:]
    return cases.map { testCase in
        let given = testCase["given"] ?? .null
        let name = given["name"]?.stringValue ?? ""
        if !(variants[name]?.contains(given) ?? false) { variants[name, default: []].append(given) }
        let index = variants[name]!.firstIndex(of: given)!
        return index == 0 ? name : name + String(index + 1)
    }
}
