import AWSCodegenCore
import Foundation

/// Reads the files of a botocore model directory.
enum ModelDirectory {
    static func read(_ directory: String, config: String?) throws -> ModelInput {
        func file(_ name: String, required: Bool) throws -> ModelInput.File? {
            let path = (directory as NSString).appendingPathComponent(name)
            return try load(path, required: required)
        }
        let configFile = try config.map { try load($0, required: true)! } ?? file("aws-codegen.json", required: false)
        return ModelInput(
            service: try file("service-2.json", required: true)!,
            paginators: try file("paginators-1.json", required: false),
            endpointRuleSet: try file("endpoint-rule-set-1.json", required: false),
            config: configFile)
    }

    static func load(_ path: String, required: Bool) throws -> ModelInput.File? {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            guard required || exists else { return nil }
            throw GeneratorError(file: path, path: "", message: exists ? "cannot read the file" : "no such file")
        }
        return ModelInput.File(name: path, bytes: Array(data))
    }
}
