import AWSRuntime
import ProtocolSuites
import TestSupport
import Testing

/// Runs every case of botocore's rest-json, awsJson 1.1, awsJson 1.0 and smithy-rpc-v2-cbor protocol test suites against the
/// generated clients in `ProtocolSuites`, then prints the per-file table that the README shows.
@Suite struct ProtocolConformanceTests {
    /// The outcome counts of one suite file.
    struct Tally {
        var passed = 0, skipped = 0, ignored = 0, failed = 0
    }

    @Test func everySuiteCase() async throws {
        let ignoreList = try IgnoreList()
        let skipList = try SkipList()
        var table: [(String, Tally)] = []
        for file in SuiteFiles.names {
            var tally = Tally()
            for (suiteIndex, suite) in try SuiteFiles.suites(file).enumerated() {
                let cases = suite["cases"]?.arrayValue ?? []
                for (index, (testCase, operation)) in zip(cases, operationNames(cases)).enumerated() {
                    let name = caseName(suite: suite, index: index, case: testCase)
                    // botocore does not run listed cases, nor the request case that has no params.
                    if ignoreList.ignores(file: file, suite: suite, case: testCase)
                        || (testCase["serialized"] != nil && testCase["params"] == nil) {
                        tally.ignored += 1
                        continue
                    }
                    guard let entry = protocolSuitesRegistry[ProtocolSuiteKey(file, suiteIndex, operation)] else {
                        // The generator leaves out operations it does not support (input event streams);
                        // such a case must be on the skip list.
                        if skipList.reason(file: file, case: name) != nil {
                            tally.skipped += 1
                        } else {
                            Issue.record("\(file) \(name): no generated operation \(operation); run generate.py")
                            tally.failed += 1
                        }
                        continue
                    }
                    let problems = await CaseRunner(entry: entry, suite: suite, testCase: testCase).run()
                    switch (problems.isEmpty, skipList.reason(file: file, case: name)) {
                    case (true, nil):
                        tally.passed += 1
                    case (true, _?):
                        Issue.record("\(file) \(name) passes: remove it from skip-list.json")
                        tally.passed += 1
                    case (false, _?):
                        tally.skipped += 1
                    case (false, nil):
                        Issue.record("\(file) \(name): \(problems.joined(separator: "; "))")
                        tally.failed += 1
                    }
                }
            }
            table.append((file, tally))
        }
        print(Self.render(table))
    }

    /// The table in Markdown.
    static func render(_ table: [(String, Tally)]) -> String {
        var lines = ["| file | passed | skipped | ignored by botocore | failed |", "| --- | ---: | ---: | ---: | ---: |"]
        var total = Tally()
        for (file, tally) in table {
            lines.append("| \(file) | \(tally.passed) | \(tally.skipped) | \(tally.ignored) | \(tally.failed) |")
            total.passed += tally.passed
            total.skipped += tally.skipped
            total.ignored += tally.ignored
            total.failed += tally.failed
        }
        lines.append("| total | \(total.passed) | \(total.skipped) | \(total.ignored) | \(total.failed) |")
        return lines.joined(separator: "\n")
    }
}
