import Foundation

/// Writes bytes one after another into memory that was sized in advance.
///
/// The signer works out an upper bound of each output it builds (the canonical request, the string to sign, the
/// `Authorization` value), allocates that once and writes through a writer: this skips the capacity and
/// uniqueness checks that every `Array.append` makes, and lets a run of bytes already written be copied again
/// (the signed header names) without a temporary. Every write checks that it stays within the memory.
struct ByteWriter {
    /// The memory written to; only its first ``count`` bytes are initialized.
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes have been written.
    private(set) var count = 0

    /// A writer that starts at the beginning of `buffer`.
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// Writes one byte.
    mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count, "ByteWriter: the output bound is too small")
        buffer[count] = byte
        count += 1
    }

    /// Writes `bytes` in one copy.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        precondition(bytes.count <= buffer.count - count, "ByteWriter: the output bound is too small")
        (buffer.baseAddress! + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Writes the UTF-8 bytes of `string` in one copy.
    mutating func append(_ string: String) {
        string.withUTF8Bytes { append($0) }
    }

    /// Writes `bytes` with ASCII capital letters lowercased.
    mutating func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= buffer.count - count, "ByteWriter: the output bound is too small")
        for byte in bytes {
            buffer[count] = ASCII.lowercased(byte)
            count += 1
        }
    }

    /// Writes again the bytes at `range` of those already written.
    mutating func appendWritten(_ range: Range<Int>) {
        precondition(range.upperBound <= count, "ByteWriter: the range has not been written")
        append(UnsafeBufferPointer(rebasing: buffer[range]))
    }

    /// Replaces the last byte written with `byte`.
    mutating func replaceLast(with byte: UInt8) {
        precondition(count > 0, "ByteWriter: nothing has been written")
        buffer[count - 1] = byte
    }

    /// Writes the lowercase hex digits of `bytes` (a digest or an authentication code).
    mutating func appendHex(_ bytes: some ContiguousBytes) {
        bytes.withUnsafeBytes { raw in
            precondition(raw.count * 2 <= buffer.count - count, "ByteWriter: the output bound is too small")
            Hex.write(raw, to: UnsafeMutableBufferPointer(rebasing: buffer[count...]))
            count += raw.count * 2
        }
    }
}
