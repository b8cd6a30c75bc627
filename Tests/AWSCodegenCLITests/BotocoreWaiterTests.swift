import AWSCodegenCore
import AWSRuntime
import Foundation
import Testing

@testable import aws_codegen

/// The installed botocore's data directory, or `BOTOCORE_DATA`; nil without either.
enum BotocoreData {
    static let directory: String? = {
        if let data = ProcessInfo.processInfo.environment["BOTOCORE_DATA"] { return data }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))"]
        let pipe = Pipe()
        python.standardOutput = pipe
        python.standardError = FileHandle.nullDevice
        guard (try? python.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return python.terminationStatus == 0 && FileManager.default.fileExists(atPath: path) ? path : nil
    }()
}

/// The waiters of the installed botocore's models: every `waiters-2.json` reads, every path compiles, and
/// the generator emits the waiters of a few services. Skipped when botocore is not installed; set
/// `BOTOCORE_DATA` to use another data directory.
@Suite(.enabled(if: BotocoreData.directory != nil, "botocore is not installed"))
struct BotocoreWaiterTests {
    /// The model directories (`<service>/<version>`) that have a `waiters-2.json`.
    static func modelsWithWaiters() throws -> [String] {
        let data = try #require(BotocoreData.directory)
        let files = FileManager.default.enumerator(atPath: data)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix("/waiters-2.json") }.map { data + "/" + ($0 as NSString).deletingLastPathComponent }.sorted()
    }

    @Test func everyWaiterReadsAndEveryPathCompiles() throws {
        var waiters = 0
        var paths = 0
        let models = try Self.modelsWithWaiters()
        for directory in models {
            let input = try ModelDirectory.read(directory, config: nil)
            let model = try ModelReader.read(try JSONCDocument(file: input.service.name, bytes: input.service.bytes))
            let file = try #require(input.waiters)
            let document = try JSONCDocument(file: file.name, bytes: file.bytes)
            for waiter in try WaiterReader.read(document, operations: Set(model.operations.keys)) {
                waiters += 1
                for acceptor in waiter.acceptors {
                    switch acceptor.matcher {
                    case .path(let path, _), .pathAll(let path, _), .pathAny(let path, _):
                        paths += 1
                        #expect(throws: Never.self, "\(directory) \(waiter.name)") { _ = try JMESPath(parsing: path) }
                    case .status, .errorCode, .error:
                        break
                    }
                }
            }
        }
        print("botocore waiters: \(models.count) files, \(waiters) waiters, \(paths) path arguments compiled")
        #expect(models.count > 100)
        #expect(paths > 1000)
    }

    /// The generated waiters file of the botocore model `service`.
    static func waiters(_ service: String) throws -> String {
        let directory = try #require(try modelsWithWaiters().last { $0.contains("/\(service)/") })
        let files = try Generator.generate(try ModelDirectory.read(directory, config: nil))
        return try #require(files.first { $0.name.hasSuffix("Waiters.swift") }).contents
    }

    @Test func dynamoDBWaiters() throws {
        let text = try Self.waiters("dynamodb")
        #expect(text.contains("public func waitUntilTableExists(_ input: DescribeTableInput, maxWait: Duration = .seconds(500)) async throws {"))
        #expect(text.contains(#"AWSWaiterAcceptor(.success, .path("Table.TableStatus", expected: .string("ACTIVE"))),"#))
        #expect(text.contains(#"AWSWaiterAcceptor(.success, .errorCode("ResourceNotFoundException")),"#))
    }

    @Test func lambdaAndECSWaiters() throws {
        let lambda = try Self.waiters("lambda")
        #expect(lambda.contains("func waitUntilFunctionActiveV2(_ input: GetFunctionRequest, maxWait: Duration = .seconds(300))"))
        #expect(lambda.contains(#"AWSWaiterAcceptor(.retry, .errorCode("ResourceNotFoundException")),"#))
        let ecs = try Self.waiters("ecs")
        #expect(ecs.contains(#"length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0`"#))
    }

    @Test func shapesWithWireNamesGetTheirModelNames() throws {
        let text = try Self.waiters("mediaconnect")
        #expect(text.contains(": AWSModelNamed {"))
        #expect(text.contains(#""status": "Status""#))
    }

    /// A query service's client has its waiters too.
    @Test func queryServicesGetWaiters() throws {
        let text = try Self.waiters("rds")
        #expect(text.contains(#"AWSWaiterAcceptor(.success, .pathAll("DBClusters[].Status", expected: .string("available"))),"#))
    }
}
