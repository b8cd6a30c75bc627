import AWSRuntime
import Foundation

/// One case of the AWS SigV4 test suite vendored under `Resources/sigv4` (from botocore's
/// `tests/unit/auth/aws4_testsuite`; see the LICENSE and NOTICE there).
struct SigV4SuiteCase: Sendable, CustomStringConvertible {
    /// The suite's fixed signing inputs.
    enum Inputs {
        static let accessKeyId = "AKIDEXAMPLE"
        static let secretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
        /// 20150830T123600Z.
        static let date = Date(timeIntervalSince1970: 1_440_938_160)
        static let region = "us-east-1"
        static let service = "service"
    }

    /// The case folder relative to `Resources/sigv4`, such as `normalize-path/get-slash`.
    let path: String

    var description: String { path }

    private var name: String { String(path.split(separator: "/").last ?? "") }

    /// The text of the case file with `fileExtension`, such as `creq`.
    func file(_ fileExtension: String) throws -> String {
        try TestResources.text("sigv4/\(path)/\(name).\(fileExtension)")
    }

    /// The credentials the case signs with: a session token only where the canonical request signs one.
    func credentials() throws -> AWSCredentials {
        let tokenPrefix = "x-amz-security-token:"
        let token = try file("creq").split(separator: "\n").first { $0.hasPrefix(tokenPrefix) }?.dropFirst(tokenPrefix.count)
        return AWSCredentials(
            accessKeyId: Inputs.accessKeyId, secretAccessKey: Inputs.secretAccessKey, sessionToken: token.map(String.init))
    }

    /// Every case: each folder under `Resources/sigv4` that holds a `.req` file named after it.
    static let all: [SigV4SuiteCase] = {
        let root = TestResources.root.appendingPathComponent("sigv4")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.compactMap { file -> SigV4SuiteCase? in
            let parts = file.split(separator: "/")
            guard parts.count >= 2, parts[parts.count - 1] == "\(parts[parts.count - 2]).req" else { return nil }
            return SigV4SuiteCase(path: parts.dropLast().joined(separator: "/"))
        }
        .sorted { $0.path < $1.path }
    }()
}
