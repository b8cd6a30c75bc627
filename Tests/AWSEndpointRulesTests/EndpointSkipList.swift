import AWSJSON
import Testing

/// `Tests/AWSEndpointRulesTests/skip-list.json`: provider cases allowed to fail, each with the reason, by service
/// and case index. Each entry also names the case's documentation, so an entry cannot silently move to another
/// case when botocore's files change.
struct EndpointSkipList {
    struct Entry: Hashable {
        let service: String
        let index: Int
        let documentation: String
    }

    let reasons: [Entry: String]

    /// Reads the skip list's JSON: an array of `{"service", "case", "documentation", "reason"}` objects.
    init(json: JSONValue) throws {
        var reasons = [Entry: String]()
        for entry in try #require(json.arrayValue) {
            let key = Entry(
                service: try #require(entry["service"]?.stringValue),
                index: Int(try #require(entry["case"]?.intValue)),
                documentation: try #require(entry["documentation"]?.stringValue)
            )
            reasons[key] = try #require(entry["reason"]?.stringValue, "a skipped case needs a reason")
        }
        self.reasons = reasons
    }

    /// The checked-in skip list.
    static func load() throws -> EndpointSkipList {
        try EndpointSkipList(json: EndpointTestResources.skipList())
    }

    /// The reason `testCase` may fail, if it is listed.
    func reason(for testCase: EndpointProviderCase) -> String? {
        reasons[Entry(service: testCase.service, index: testCase.index, documentation: testCase.documentation)]
    }
}

/// The outcome of running provider cases against the skip list: counts, and the problems to report.
struct EndpointProviderTally {
    var passed = 0
    var skipped = 0
    var problems = [String]()
    private var listedCasesSeen = Set<EndpointSkipList.Entry>()

    /// Counts one case given how it `mismatch`ed (`nil` when it passed): a failure is a problem unless the skip
    /// list gives a reason, and a listed case that passes is a problem too, so the list only shrinks.
    mutating func record(_ testCase: EndpointProviderCase, mismatch: String?, skipList: EndpointSkipList) {
        let reason = skipList.reason(for: testCase)
        if reason != nil {
            listedCasesSeen.insert(
                EndpointSkipList.Entry(
                    service: testCase.service, index: testCase.index, documentation: testCase.documentation))
        }
        switch (mismatch, reason) {
        case (nil, nil):
            passed += 1
        case (nil, _?):
            passed += 1
            problems.append("\(testCase.name) passes: remove it from skip-list.json")
        case (_?, _?):
            skipped += 1
        case (let mismatch?, nil):
            problems.append("\(testCase.name): \(mismatch)")
        }
    }

    /// Adds a problem for every skip-list entry that named no case that was run.
    mutating func finish(skipList: EndpointSkipList) {
        for entry in skipList.reasons.keys where !listedCasesSeen.contains(entry) {
            problems.append("skip-list.json names no case: \(entry.service) #\(entry.index) (\(entry.documentation))")
        }
    }
}
