import Foundation

/// Files under `Tests/AWSRuntimeTests/Resources`, found relative to this source file so no bundle is needed.
enum TestResources {
    /// The `Resources` folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Resources")

    /// The UTF-8 text of the file at `path` under `Resources`.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
