import AWSCBOR
import Foundation

/// Reads an rpc-v2-cbor response body as the `JSONValue` tree that `TreeDecoder` decodes shapes from, the
/// deserializer of that protocol.
///
/// The body is decoded to a `CBORValue` and converted, value by value, to the JSON the JSON protocols would
/// have sent for the same members, rather than decoded by a second `Decoder`: the tree decoder already has
/// every rule a shape needs (optional and null members, dense and sparse collections, unions and their unknown
/// members, open enums, timestamps as epoch numbers, NaN and the infinities as strings, numbers read into any
/// integer or float type they fit), and CBOR adds no type that JSON cannot carry once blobs are base64. The
/// conversion is faithful for every member type: byte strings become base64 strings (which is how the tree
/// decoder reads `Data`), tag 1 becomes its epoch-seconds number, half, single and double floats become
/// doubles (exactly; NaN and ±Infinity become `"NaN"`, `"Infinity"` and `"-Infinity"`), integers become
/// `int` (or `double` beyond `Int64`), and indefinite-length items are already joined by the reader. The one
/// leniency it adds is the tree decoder's own: a text string where a blob is expected is read as base64.
enum CBORResponseDecoder {
    /// The body's members as a JSON tree; an empty body has none. Throws `AWSResponseDecodingError` naming the
    /// operation, the status and the byte offset when the body is not well-formed CBOR.
    static func json(_ body: [UInt8], operation: String, status: Int) throws -> JSONValue {
        guard !body.isEmpty else { return .object([:]) }
        let value: CBORValue
        do {
            value = try CBORValue.decode(body)
        } catch {
            throw AWSResponseDecodingError(operation: operation, status: status, path: "", reason: "invalid CBOR body: \(error)")
        }
        do {
            return try json(value)
        } catch {
            throw AWSResponseDecodingError(
                operation: operation, status: status, path: "",
                reason: "the CBOR body holds simple value \(error.value), which is no value of any member type")
        }
    }

    /// A simple value (other than booleans, null and undefined), which no Smithy type has.
    struct SimpleValueError: Error {
        let value: UInt8
    }

    /// `value` as JSON.
    static func json(_ value: CBORValue) throws(SimpleValueError) -> JSONValue {
        switch value {
        case .unsigned(let n): return n <= UInt64(Int64.max) ? .int(Int64(n)) : .double(Double(n))
        case .negative: return value.int64Value.map(JSONValue.int) ?? .double(value.doubleValue!)
        case .bytes(let bytes): return .string(Data(bytes).base64EncodedString())
        case .string(let string): return .string(string)
        case .array(let elements):
            var result: [JSONValue] = []
            result.reserveCapacity(elements.count)
            for element in elements { result.append(try json(element)) }
            return .array(result)
        case .map(let members):
            var result: [String: JSONValue] = [:]
            result.reserveCapacity(members.count)
            for (key, member) in members { result[key] = try json(member) }
            return .object(result)
        // Tag 1 is an epoch-seconds timestamp, which the tree decoder reads from its number; other tags
        // carry no meaning a shape can use, and their content is read as it is.
        case .tagged(_, let content): return try json(content)
        case .bool(let bool): return .bool(bool)
        case .null, .undefined: return .null
        case .float(let float): return number(Double(float))
        case .double(let double): return number(double)
        case .simple(let simple): throw SimpleValueError(value: simple)
        }
    }

    /// A number, or the strings the JSON protocols use for NaN and the infinities.
    private static func number(_ value: Double) -> JSONValue {
        TreeEncoder.number(value)
    }
}
