import AWSCodegenCore
import Foundation
import Testing

@testable import aws_codegen

/// `generate --all --report-paginators`.
@Suite struct PaginatorReportTests {
    /// A botocore data folder with one rest-json model whose paginators are `paginators`.
    static func dataFolder(paginators: String) throws -> URL {
        let folder = try GenerateCommandTests.temporaryFolder()
        let model = folder.appendingPathComponent("svc/2020-01-01")
        try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
        try Data(#"""
            {"metadata": {"apiVersion": "2020-01-01", "endpointPrefix": "svc", "protocol": "rest-json", "serviceId": "Svc"},
             "operations": {"List": {"http": {"method": "GET", "requestUri": "/"}, "input": {"shape": "In"}, "output": {"shape": "Out"}}},
             "shapes": {"In": {"type": "structure", "members": {"Token": {"shape": "S", "location": "querystring", "locationName": "t"}}},
                        "Out": {"type": "structure", "members": {"Next": {"shape": "S"}}}, "S": {"type": "string"}}}
            """#.utf8).write(to: model.appendingPathComponent("service-2.json"))
        try Data(paginators.utf8).write(to: model.appendingPathComponent("paginators-1.json"))
        return folder
    }

    @Test func aPaginatorWithoutMethodsInAModuleWithAClientFailsTheReport() throws {
        let good = try Self.dataFolder(paginators: #"{"pagination": {"List": {"input_token": "Token", "output_token": "Next"}}}"#)
        #expect(GenerateCommandTests.exitCode(["--all", good.path, "--output", good.appendingPathComponent("out").path, "--report-paginators"]) == 0)
        let bad = try Self.dataFolder(paginators: #"{"pagination": {"List": {"input_token": "Token", "output_token": "Nope"}}}"#)
        let output = bad.appendingPathComponent("out").path
        #expect(GenerateCommandTests.exitCode(["--all", bad.path, "--output", output]) == 0)
        #expect(GenerateCommandTests.exitCode(["--all", bad.path, "--output", output, "--report-paginators"]) == 1)
    }

    @Test func theReportCountsEveryModelTheNewestVersionsAndTheModulesWithAClient() {
        var report = PaginatorReport()
        report.add(PaginatorCoverage(withMethods: 3, gaps: [], hasClient: true), module: "A", isNewest: true)
        report.add(PaginatorCoverage(withMethods: 2, gaps: [], hasClient: true), module: "A_2019", isNewest: false)
        report.add(PaginatorCoverage(withMethods: 4, gaps: ["Op: why"], hasClient: false), module: "X", isNewest: true)
        #expect((report.all.total, report.all.withMethods) == (10, 9))
        #expect((report.newest.total, report.newest.withMethods) == (8, 7))
        #expect((report.withClient.total, report.withClient.withMethods) == (5, 5))
        #expect(!report.hasClientGaps)
        #expect(report.gaps == ["X: Op: why (no client)"])
        report.add(PaginatorCoverage(withMethods: 0, gaps: ["Op: why"], hasClient: true), module: "B", isNewest: true)
        #expect(report.hasClientGaps)
    }

    @Test func theReportNeedsAll() {
        #expect(throws: (any Error).self) { try Generate.parse([GenerateCommandTests.model, "--output", "x", "--report-paginators"]) }
    }
}
