import Foundation

/// The single-value container of an `XMLDecoding`: a scalar read from the value's text, or any other type
/// (an open enum) through `XMLValueDecoder`.
struct XMLScalarContainer: SingleValueDecodingContainer {
    let decoder: XMLDecoding
    var codingPath: [any CodingKey] { decoder.codingPath }

    /// An XML value is never null: an empty element is an empty string.
    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try read(type) }

    func decode(_ type: Bool.Type) throws -> Bool { try read(type) }
    func decode(_ type: String.Type) throws -> String { try read(type) }
    func decode(_ type: Double.Type) throws -> Double { try read(type) }
    func decode(_ type: Float.Type) throws -> Float { try read(type) }
    func decode(_ type: Int.Type) throws -> Int { try read(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try read(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try read(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }

    /// Any type, through `XMLValueDecoder`, which reads the common scalars from the text.
    private func read<T: Decodable>(_ type: T.Type) throws -> T {
        try XMLValueDecoder.decode(
            type, decoder.value, layout: decoder.layout, parent: decoder.parent, key: decoder.key)
    }

    /// An integer type `XMLValueDecoder` has no fast path for.
    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let text = decoder.value.scalarText, let value = XMLScalars.integer(type, text) else {
            throw XMLValueDecoder.mismatch(type, decoder.value, codingPath)
        }
        return value
    }
}
