import AWSJSON
import Foundation

/// The vendored botocore files under `Tests/AWSEndpointRulesTests/Resources/endpoint-rules`, found relative to
/// this source file so no bundle is needed.
enum EndpointTestResources {
    static let directory = URL(fileURLWithPath: #filePath)
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
