import Foundation

/// How a streaming payload gets past the protocol's encoder and decoder, which work on trees of values: while a
/// request is built, the body is handed to the client through ``collector`` instead of being encoded; while an
/// output is decoded, its payload member reads the response body from ``responseBody``.
enum StreamingPayload {
    /// Receives the body of the input being encoded.
    final class Collector: @unchecked Sendable {
        var body: AWSByteStream?
    }

    @TaskLocal static var collector: Collector?
    @TaskLocal static var responseBody: AWSByteStream?
}

extension AWSByteStream: Codable {
    /// The response body of the output being decoded; elsewhere (a test's JSON), base64 bytes.
    public init(from decoder: any Decoder) throws {
        if let body = StreamingPayload.responseBody {
            self = body
            return
        }
        self.init(try decoder.singleValueContainer().decode(Data.self))
    }

    /// Bytes in memory are encoded as a blob (base64 in a tree); a file or a sequence is handed to the client that
    /// builds the request, and cannot be encoded anywhere else.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let bytes = inMemoryBytes {
            try container.encode(Data(bytes))
        } else if let collector = StreamingPayload.collector {
            collector.body = self
            try container.encodeNil()
        } else {
            throw EncodingError.invalidValue(self, EncodingError.Context(
                codingPath: encoder.codingPath,
                debugDescription: "a streamed body (a file or a sequence) can only be sent as an operation's payload"))
        }
    }
}

extension AWSByteStream: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) throws {
        guard let bytes = inMemoryBytes else {
            throw EncodingError.invalidValue(self, EncodingError.Context(
                codingPath: [], debugDescription: "a streamed body (a file or a sequence) cannot go in a JSON body"))
        }
        writer.writeLeaf(Data(bytes), member: member)
    }
}

extension AWSByteStream: CustomStringConvertible {
    /// What the body is, never its bytes.
    public var description: String {
        let size = length.map { "\($0) bytes" } ?? "unknown length"
        switch source {
        case .bytes: return "AWSByteStream(bytes, \(size))"
        case .file(let path, _, let offset):
            return "AWSByteStream(file \(path)\(offset > 0 ? " from byte \(offset)" : ""), \(size))"
        case .sequence: return "AWSByteStream(sequence, \(size))"
        }
    }
}

extension AWSByteStream: Equatable {
    /// Bytes are equal when their bytes are; a file when its path, range and chunk size are; a sequence only to itself.
    public static func == (lhs: AWSByteStream, rhs: AWSByteStream) -> Bool {
        switch (lhs.source, rhs.source) {
        case (.bytes(let left), .bytes(let right)): left == right
        case (.file(let left, let leftChunk, let leftOffset), .file(let right, let rightChunk, let rightOffset)):
            left == right && leftChunk == rightChunk && leftOffset == rightOffset && lhs.length == rhs.length
        case (.sequence(let left), .sequence(let right)): left === right && lhs.length == rhs.length
        default: false
        }
    }
}
