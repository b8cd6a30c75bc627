import Foundation
import Testing

/// Any bytes as a model, paginators, waiters, endpoint rule set or `aws-codegen.json` make `aws-codegen generate`
/// exit with status 1 and print one `file:line:col: error: …` line, without crashing, hanging or writing
/// anything into the output folder.
@Suite struct BadInputTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: BadInputCases.all)
    func exitsWithOneErrorLineAndWritesNothing(_ bad: BadInputCase) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aws-codegen-bad-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model")
        try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
        if bad.file != BadInputCases.service {
            // The other files go beside a good model that has paginators and an endpoint rule set.
            let good = Self.repository.appendingPathComponent("models/docdb-elastic")
            for name in try FileManager.default.contentsOfDirectory(atPath: good.path) {
                try FileManager.default.copyItem(at: good.appendingPathComponent(name), to: model.appendingPathComponent(name))
            }
        }
        let path = model.appendingPathComponent(bad.file)
        try? FileManager.default.removeItem(at: path)
        try Data(bad.bytes).write(to: path)
        // The output folder holds one file already, which must stay as it is.
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let keep = output.appendingPathComponent("keep.txt")
        try Data("keep".utf8).write(to: keep)

        let result = try CodegenProcess.run(["generate", model.path, "--output", output.path, "--module-folder"])

        #expect(!result.timedOut, "aws-codegen did not end within the timeout")
        if bad.generates {
            #expect(result.status == 0, "exit status \(result.status); stderr: \(result.stderr.prefix(500))")
            let modules = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0 != "keep.txt" }
            #expect(modules.count == 1)
            return
        }
        #expect(result.status == 1, "exit status \(result.status); stderr: \(result.stderr.prefix(500))")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "expected one line, got \(lines.count): \(result.stderr.prefix(1000))")
        let line = String(lines.first ?? "")
        // The file, a line and column, `error:`, and a message (with the JSON path first when there is one).
        let errorLine = #/(?<file>[^\n]+):(?<line>[0-9]+):(?<column>[0-9]+): error: (?<message>[^\n]+)/#
        let match = try #require(line.wholeMatch(of: errorLine), "not file:line:col: error: message: \(line.prefix(500))")
        #expect(match.file == path.path)
        #expect(line.utf8.count < 1000, "the error line has \(line.utf8.count) bytes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["keep.txt"])
        #expect(FileManager.default.contents(atPath: keep.path) == Data("keep".utf8))
    }
}
