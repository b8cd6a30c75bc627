import CJSONC

/// One value inside a `JSONCDocument`, with what it takes to find its path for error messages.
///
/// Accessors check types: a value of the wrong type is an error that names the path, while an absent
/// key yields nil. Nodes are only valid while their document is alive.
///
/// A node keeps the json-c object that holds it and its key or index there, not its whole path: reading a model
/// makes a node for every value it reads, and only an error needs the path, which `path` then finds by looking for
/// that object from the root.
package struct JNode {
    package let document: JSONCDocument
    let pointer: OpaquePointer?
    /// The object or array that holds this value; nil at the root.
    private let parent: OpaquePointer?
    /// This value's key or index in `parent`; nil at the root.
    private let step: JSONPath.Component?

    /// The root value of `document`.
    init(root: OpaquePointer?, of document: JSONCDocument) {
        self.document = document
        pointer = root
        parent = nil
        step = nil
    }

    private init(_ pointer: OpaquePointer?, in parent: JNode, at step: JSONPath.Component) {
        document = parent.document
        self.pointer = pointer
        self.parent = parent.pointer
        self.step = step
    }

    /// Where this value is in the document.
    package var path: JSONPath {
        guard let step else { return JSONPath() }
        return JSONPath((document.components(to: parent) ?? []) + [step])
    }

    private var type: json_type { json_object_get_type(pointer) }

    /// A JSON type name for messages.
    private var typeName: String {
        switch type {
        case json_type_null: "null"
        case json_type_boolean: "a boolean"
        case json_type_int, json_type_double: "a number"
        case json_type_string: "a string"
        case json_type_array: "an array"
        default: "an object"
        }
    }

    /// An error located at this node.
    package func error(_ message: String) -> GeneratorError {
        document.error(at: path, message)
    }

    private func mismatch(_ expected: String) -> GeneratorError {
        error("expected \(expected), found \(typeName)")
    }

    /// Whether this node is an object.
    package var isObject: Bool { type == json_type_object }

    /// The member `key` of this object, or nil when absent. Throws when this node is not an object.
    package func member(_ key: String) throws -> JNode? {
        guard type == json_type_object else { throw mismatch("an object") }
        var value: OpaquePointer?
        guard json_object_object_get_ex(pointer, key, &value) != 0 else { return nil }
        return JNode(value, in: self, at: .key(key))
    }

    /// The members of this object, in document order.
    package func members() throws -> [(key: String, value: JNode)] {
        var result: [(key: String, value: JNode)] = []
        try forEachMember { result.append(($0, $1)) }
        return result
    }

    /// Calls `body` with each member of this object, in document order, without collecting them: a reader that
    /// looks for many optional keys reads an object once this way instead of looking up each key.
    package func forEachMember(_ body: (String, JNode) throws -> Void) throws {
        guard type == json_type_object else { throw mismatch("an object") }
        var iterator = json_object_iter_begin(pointer)
        var end = json_object_iter_end(pointer)
        while json_object_iter_equal(&iterator, &end) == 0 {
            let key = String(cString: json_object_iter_peek_name(&iterator))
            try body(key, JNode(json_object_iter_peek_value(&iterator), in: self, at: .key(key)))
            json_object_iter_next(&iterator)
        }
    }

    /// The elements of this array.
    package func elements() throws -> [JNode] {
        guard type == json_type_array else { throw mismatch("an array") }
        let count = json_object_array_length(pointer)
        return (0..<count).map {
            JNode(json_object_array_get_idx(pointer, $0), in: self, at: .index($0))
        }
    }

    /// This value as a string.
    package func string() throws -> String {
        guard type == json_type_string else { throw mismatch("a string") }
        let length = Int(json_object_get_string_len(pointer))
        return json_object_get_string(pointer).withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    /// This value as a boolean.
    package func bool() throws -> Bool {
        guard type == json_type_boolean else { throw mismatch("a boolean") }
        return json_object_get_boolean(pointer) != 0
    }

    /// This value as a number.
    package func double() throws -> Double {
        guard type == json_type_int || type == json_type_double else { throw mismatch("a number") }
        return json_object_get_double(pointer)
    }

    /// This value as a number for a length or range: finite, and below 2^64 in magnitude (json-c turns a larger
    /// whole number into 2^64 - 1 without a word; models use up to `Int64.max`).
    package func bound() throws -> Double {
        let value = try double()
        guard value.isFinite, abs(value) < 0x1p64 else { throw error("expected a finite number below 2^64 in magnitude") }
        return value
    }

    /// This value as a whole number.
    package func int() throws -> Int64 {
        if type == json_type_int { return json_object_get_int64(pointer) }
        let value = try double()
        guard value.rounded() == value, abs(value) < 9.2e18 else { throw error("expected a whole number") }
        return Int64(value)
    }

    /// This value as compact JSON text, keys in document order and `/` unescaped.
    package var compactText: String {
        String(cString: json_object_to_json_string_ext(pointer, Int32(JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)))
    }

    /// The string member `key`, or nil when absent.
    package func string(_ key: String) throws -> String? { try member(key)?.string() }
    /// The boolean member `key`, or nil when absent.
    package func bool(_ key: String) throws -> Bool? { try member(key)?.bool() }
    /// The numeric member `key`, or nil when absent.
    package func double(_ key: String) throws -> Double? { try member(key)?.double() }

    /// The bound `key` (see `bound()`), or nil when absent.
    package func bound(_ key: String) throws -> Double? { try member(key)?.bound() }
    /// The string array member `key`, or nil when absent.
    package func strings(_ key: String) throws -> [String]? {
        try member(key)?.elements().map { try $0.string() }
    }

    /// The string member `key`; an error when absent.
    package func requiredString(_ key: String) throws -> String {
        guard let value = try string(key) else { throw error("missing required key '\(key)'") }
        return value
    }
}
