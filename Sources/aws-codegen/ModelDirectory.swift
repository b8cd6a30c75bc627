import AWSCodegenCore
import CZlib
import Foundation

/// Reads the files of a botocore model directory; each file may also be gzipped (`service-2.json.gz`),
/// as botocore ships them. A path to a file rather than a directory is a single model file, such as a
/// Smithy JSON AST, which holds its paginators and endpoint rules itself.
enum ModelDirectory {
    static func read(_ directory: String, config: String?) throws -> ModelInput {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            return ModelInput(service: try load(directory, required: true)!, config: try config.map { try load($0, required: true)! })
        }
        func file(_ name: String, required: Bool) throws -> ModelInput.File? {
            let path = (directory as NSString).appendingPathComponent(name)
            if !FileManager.default.fileExists(atPath: path), FileManager.default.fileExists(atPath: path + ".gz") {
                return try load(path + ".gz", required: true)
            }
            return try load(path, required: required)
        }
        let configFile = try config.map { try load($0, required: true)! } ?? file("aws-codegen.json", required: false)
        return ModelInput(
            service: try file("service-2.json", required: true)!,
            paginators: try file("paginators-1.json", required: false),
            waiters: try file("waiters-2.json", required: false),
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
        let bytes = path.hasSuffix(".gz") ? try gunzip(Array(data), path: path) : Array(data)
        return ModelInput.File(name: path, bytes: bytes)
    }

    /// The decompressed bytes of a gzip file.
    private static func gunzip(_ compressed: [UInt8], path: String) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GeneratorError(file: path, path: "", message: "cannot start gzip decompression")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var status = Z_OK
        var input = compressed
        try input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            repeat {
                let produced = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> Int in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunkBuffer.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw GeneratorError(file: path, path: "", message: "invalid gzip data")
                }
                output.append(contentsOf: chunk[..<produced])
            } while status != Z_STREAM_END
        }
        return output
    }
}
