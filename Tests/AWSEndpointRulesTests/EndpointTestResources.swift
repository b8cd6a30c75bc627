import AWSJSON
import Foundation

/// The vendored botocore files under `Tests/AWSEndpointRulesTests/Resources/endpoint-rules`, and the skip list
/// next to this file, found relative to this source file so no bundle is needed.
enum EndpointTestResources {
    /// This test target's folder.
    static let targetDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The vendored endpoint-rules folder.
    static let directory = targetDirectory.appendingPathComponent("Resources/endpoint-rules")

    /// The bytes of `relativePath` inside the endpoint-rules folder.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(relativePath)))
    }

    /// The parsed JSON of `relativePath` inside the endpoint-rules folder.
    static func json(_ relativePath: String) throws -> JSONValue {
        try JSONValue.parse(bytes(relativePath))
    }

    /// The parsed `skip-list.json`.
    static func skipList() throws -> JSONValue {
        try JSONValue.parse([UInt8](try Data(contentsOf: targetDirectory.appendingPathComponent("skip-list.json"))))
    }

    /// The services with endpoint tests: the endpoint-rules folder's subfolders, sorted.
    static func services() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter {
                FileManager.default.fileExists(
                    atPath: directory.appendingPathComponent("\($0)/endpoint-tests-1.json").path)
            }
            .sorted()
    }
}
