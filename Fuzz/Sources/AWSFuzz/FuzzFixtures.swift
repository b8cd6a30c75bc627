import AWSEndpointRules
import AWSJSON
import Foundation

/// The fixed values the targets use beside the fuzzed bytes.
enum FuzzFixtures {
    /// The document JMESPath expressions are evaluated on: objects, arrays, numbers, strings, null.
    static let jmespathDocument: JSONValue = try! JSONValue.parse(#"""
        {"a": {"b": [1, 2.5, -3, {"c": "x"}], "d": null, "e": true},
         "items": [{"name": "one", "n": 1, "tags": ["a", "b"]}, {"name": "two", "n": 2, "tags": []}],
         "s": "text", "n": 0, "empty": {}}
        """#)

    /// The parameters fuzzed rule sets are resolved with: the common built-ins, and S3's bucket.
    static let endpointParameters: EndpointParameters = [
        "Region": "us-east-1", "UseFIPS": false, "UseDualStack": false, "Bucket": "bucket",
        "Endpoint": "https://example.com", "ForcePathStyle": true,
    ]

    /// The directory the fixed model files are read from: `AWS_FUZZ_ROOT` (Fuzz/run.sh sets it to the
    /// repository) or the working directory.
    static var repositoryRoot: String {
        ProcessInfo.processInfo.environment["AWS_FUZZ_ROOT"] ?? FileManager.default.currentDirectoryPath
    }

    /// The bytes of `path`, relative to the repository; stops the fuzzer with a message when missing.
    static func file(_ path: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: repositoryRoot + "/" + path) else {
            FileHandle.standardError.write(Data("AWSFuzz: cannot read \(repositoryRoot)/\(path); run from the repository or set AWS_FUZZ_ROOT\n".utf8))
            exit(2)
        }
        return Array(data)
    }
}
