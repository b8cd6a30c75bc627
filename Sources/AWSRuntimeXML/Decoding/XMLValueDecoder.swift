@_spi(Generated) import AWSRuntime
import Foundation

/// Reads a value of any type from an `XMLValue`: the common scalars straight from their text, the other
/// types through an `XMLDecoding`, which a shape's `init(from:)` reads with its member traits.
enum XMLValueDecoder {
    /// Decodes a `T` from `value`, the member `key` (or list index) of the container at `parent`; `layout` is
    /// the collection layout of a list or map.
    static func decode<T: Decodable>(
        _ type: T.Type, _ value: XMLValue, layout: AWSCollectionLayout?, parent: XMLCodingPath?, key: (any CodingKey)?
    ) throws -> T {
        if let scalar = try scalar(type, value, parent, key) { return scalar }
        let members = (T.self as? any AWSShape.Type)?.awsMembers ?? []
        return try T(from: XMLDecoding(value: value, layout: layout, members: members, parent: parent, key: key))
    }

    /// The scalar types read without a decoder; nil for the others.
    private static func scalar<T>(_ type: T.Type, _ value: XMLValue, _ parent: XMLCodingPath?, _ key: (any CodingKey)?) throws -> T? {
        func text() throws -> String {
            guard let text = value.scalarText else { throw Self.mismatch(type, value, XMLCodingPath.keys(parent, key)) }
            return text
        }
        func parsed<V>(_ result: V?) throws -> T {
            guard let result else { throw Self.mismatch(type, value, XMLCodingPath.keys(parent, key)) }
            return result as! T
        }
        if T.self == String.self { return try text() as? T }
        if T.self == Int.self { return try parsed(XMLScalars.integer(Int.self, try text())) }
        if T.self == Int64.self { return try parsed(XMLScalars.integer(Int64.self, try text())) }
        if T.self == Int32.self { return try parsed(XMLScalars.integer(Int32.self, try text())) }
        if T.self == Bool.self { return try parsed(XMLScalars.bool(try text())) }
        if T.self == Double.self { return try parsed(XMLScalars.double(try text())) }
        if T.self == Float.self { return try parsed(XMLScalars.double(try text()).map(Float.init)) }
        if T.self == Date.self { return try parsed(XMLScalars.date(try text())) }
        if T.self == Data.self {
            if case .bytes(let bytes) = value { return Data(bytes) as? T }
            return try parsed(XMLScalars.data(try text()))
        }
        return nil
    }

    /// The error for a value that does not hold a `type`.
    static func mismatch(_ type: Any.Type, _ value: XMLValue, _ codingPath: [any CodingKey]) -> DecodingError {
        let found = value.scalarText.map { "'\($0)'" } ?? value.kindName
        return DecodingError.typeMismatch(
            type, DecodingError.Context(codingPath: codingPath, debugDescription: "expected \(type), found \(found)"))
    }
}
