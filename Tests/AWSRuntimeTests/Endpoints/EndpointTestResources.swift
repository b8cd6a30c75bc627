import Foundation

@testable import AWSEndpointRules
@testable import AWSRuntime

/// The vendored botocore files under `Tests/AWSRuntimeTests/Resources/endpoint-rules`.
enum EndpointTestResources {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Resources/endpoint-rules")

    /// The bytes of `relativePath` inside the endpoint-rules folder.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(relativePath)))
    }

    /// The parsed JSON of `relativePath` inside the endpoint-rules folder.
    static func json(_ relativePath: String) throws -> JSONValue {
        try JSONValue.parse(bytes(relativePath))
    }
}
