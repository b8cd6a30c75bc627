import CJSONC

/// A JSON document parsed by json-c. It owns the json-c tree and frees it on deinit.
package final class JSONCDocument {
    /// The deepest nesting accepted; endpoint rule sets nest far deeper than json-c's default of 32.
    static let maximumDepth: Int32 = 1024

    /// The file name used in errors.
    package let file: String
    /// The raw bytes, kept to locate errors by line and column.
    package let bytes: [UInt8]
    private let root: OpaquePointer?

    /// Parses `bytes`; a syntax error throws a `GeneratorError` with the line and column.
    package init(file: String, bytes: [UInt8]) throws {
        self.file = file
        self.bytes = bytes
        guard let tokener = json_tokener_new_ex(Self.maximumDepth) else {
            throw GeneratorError(file: file, path: "", message: "cannot allocate the JSON tokener")
        }
        defer { json_tokener_free(tokener) }
        json_tokener_set_flags(tokener, Int32(JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8))
        let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                json_tokener_parse_ex(tokener, $0.baseAddress, Int32($0.count))
            }
        }
        let status = json_tokener_get_error(tokener)
        let offset = json_tokener_get_parse_end(tokener)
        if status != json_tokener_success || parsed == nil {
            json_object_put(parsed)
            let reason = status == json_tokener_continue
                ? "unexpected end of file" : String(cString: json_tokener_error_desc(status))
            let (line, column) = SourceLocator.lineColumn(of: min(offset, bytes.count), in: bytes)
            throw GeneratorError(
                file: file, path: "", line: line, column: column, message: "invalid JSON: \(reason)")
        }
        var rest = offset
        while rest < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[rest]) { rest += 1 }
        if rest < bytes.count {
            json_object_put(parsed)
            let (line, column) = SourceLocator.lineColumn(of: rest, in: bytes)
            throw GeneratorError(
                file: file, path: "", line: line, column: column, message: "invalid JSON: text after the top-level value")
        }
        if let duplicate = DuplicateKeys.first(in: bytes, root: parsed) {
            json_object_put(parsed)
            let (line, column) = SourceLocator.lineColumn(of: duplicate.offset, in: bytes)
            throw GeneratorError(
                file: file, path: duplicate.path.description, line: line, column: column,
                message: "the key appears twice in one object")
        }
        root = parsed
    }

    deinit {
        json_object_put(root)
    }

    /// The document as compact JSON text, keys in document order and `/` unescaped.
    package var compactText: String { rootNode.compactText }

    /// The root value.
    package var rootNode: JNode { JNode(root: root, of: self) }

    /// The path from the root to the object or array `target`, found by a depth-first search; nil when the tree
    /// does not hold it. Only errors need it.
    func components(to target: OpaquePointer?) -> [JSONPath.Component]? {
        guard let target else { return nil }
        var components: [JSONPath.Component] = []
        func search(_ value: OpaquePointer?) -> Bool {
            if value == target { return true }
            switch json_object_get_type(value) {
            case json_type_object:
                var iterator = json_object_iter_begin(value)
                var end = json_object_iter_end(value)
                while json_object_iter_equal(&iterator, &end) == 0 {
                    components.append(.key(String(cString: json_object_iter_peek_name(&iterator))))
                    if search(json_object_iter_peek_value(&iterator)) { return true }
                    components.removeLast()
                    json_object_iter_next(&iterator)
                }
            case json_type_array:
                for index in 0..<json_object_array_length(value) {
                    components.append(.index(index))
                    if search(json_object_array_get_idx(value, index)) { return true }
                    components.removeLast()
                }
            default:
                break
            }
            return false
        }
        return search(root) ? components : nil
    }

    /// An error at `path`, with the line and column looked up in the raw text.
    package func error(at path: JSONPath, _ message: String) -> GeneratorError {
        let position = SourceLocator.position(of: path, in: bytes)
        return GeneratorError(
            file: file, path: path.description, line: position?.line, column: position?.column, message: message)
    }
}
