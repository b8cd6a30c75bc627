import AWSCodegenCore
import Foundation
import Testing

@testable import aws_codegen

/// `OutputDirectory`: which files differ from the disk, and writing them through a renamed temporary file.
@Suite struct OutputDirectoryTests {
    @Test func changesAreTheFilesWhoseBytesDiffer() throws {
        let folder = try GenerateCommandTests.temporaryFolder()
        let directory = OutputDirectory(path: folder.path)
        let files = ["same", "sameSize", "shorter", "longer", "missing", "empty"].map { OutputFile(name: "\($0).swift", contents: "let x = \"é\"\n") }
        try directory.write(Array(files.dropLast(2)) + [OutputFile(name: "empty.swift", contents: "")])
        try Data("let x = \"e\"\n\n".utf8).write(to: folder.appendingPathComponent("sameSize.swift"))
        try Data("let x".utf8).write(to: folder.appendingPathComponent("shorter.swift"))
        try Data(("let x = \"é\"\n" + String(repeating: "// more\n", count: 20_000)).utf8).write(to: folder.appendingPathComponent("longer.swift"))
        #expect(try directory.changes(files).map(\.name) == ["sameSize.swift", "shorter.swift", "longer.swift", "missing.swift", "empty.swift"])
        #expect(try directory.changes([OutputFile(name: "empty.swift", contents: "")]).isEmpty)
    }

    @Test func writeReplacesFilesAndLeavesNoTemporaryFile() throws {
        let folder = try GenerateCommandTests.temporaryFolder().appendingPathComponent("a/b")
        let directory = OutputDirectory(path: folder.path)
        let big = String(repeating: "struct A {}\n", count: 100_000)
        try directory.write([OutputFile(name: "A.swift", contents: "old"), OutputFile(name: "B.swift", contents: big)])
        try directory.write([OutputFile(name: "A.swift", contents: "new")])
        #expect(try String(contentsOf: folder.appendingPathComponent("A.swift"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: folder.appendingPathComponent("B.swift"), encoding: .utf8) == big)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["A.swift", "B.swift"])
        #expect(try directory.changes([OutputFile(name: "B.swift", contents: big)]).isEmpty)
    }

    @Test func aFileThatCannotBeWrittenIsAnErrorNamingIt() throws {
        let folder = try GenerateCommandTests.temporaryFolder()
        // A folder where the file should go: the rename fails, and the temporary file is removed.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("A.swift/inside"), withIntermediateDirectories: true)
        let error = #expect(throws: GeneratorError.self) {
            try OutputDirectory(path: folder.path).write([OutputFile(name: "A.swift", contents: "x")])
        }
        #expect(error?.description.contains("cannot write the output: cannot rename a temporary file to \(folder.path)/A.swift") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["A.swift"])
        // A file where the folder should go.
        let file = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        #expect(throws: GeneratorError.self) {
            try OutputDirectory(path: file.appendingPathComponent("sub").path).write([OutputFile(name: "A.swift", contents: "x")])
        }
    }
}
