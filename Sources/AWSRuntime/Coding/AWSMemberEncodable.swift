import Foundation

/// A value a shape member can hold: a string, number, boolean, timestamp, blob or document, a shape or an
/// enum, or a list or string-keyed map of them.
///
/// The JSON request body is written through these conformances, which the compiler picks from the member's
/// type, rather than through `Encodable`, whose generic path has to find out what each value is by dynamic
/// casts, and needs an `Encoder` object and a container per map or list.
public typealias AWSMemberEncodable = AWSMemberWriting & Encodable

/// What an ``AWSMemberEncodable`` value is besides `Encodable`: one that writes itself to a JSON request body.
///
/// It does not refine `Encodable` itself, so that a conformance's witness table is a constant rather than one
/// the runtime instantiates with a function per conforming type (see ``AWSEncodingShape``).
public protocol AWSMemberWriting {
    /// Writes this value to a JSON request body; `member` has the wire traits of the member that holds it.
    @_spi(Generated) func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) throws
}

/// Where `AWSMemberEncodable` values write a JSON request body.
@_spi(Generated) public struct AWSJSONBodyWriter {
    let encoding: JSONBodyEncoding

    /// Appends a leaf as `TreeEncoder` reads it (a timestamp in the member's format, a blob as base64).
    func writeLeaf<T: Encodable>(_ value: T, member: AWSMember?) {
        encoding.body.tree.leafValue(value, member: member)?.write(to: &encoding.state.output)
    }
}

extension String: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        JSONValue.writeString(self, to: &writer.encoding.state.output)
    }
}

extension Bool: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        JSONValue.bool(self).write(to: &writer.encoding.state.output)
    }
}

extension Int: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        JSONValue.int(Int64(self)).write(to: &writer.encoding.state.output)
    }
}

extension Int64: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        JSONValue.int(self).write(to: &writer.encoding.state.output)
    }
}

extension Double: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        TreeEncoder.number(self).write(to: &writer.encoding.state.output)
    }
}

extension Float: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        TreeEncoder.number(self).write(to: &writer.encoding.state.output)
    }
}

extension Date: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        writer.writeLeaf(self, member: member)
    }
}

extension Data: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        writer.writeLeaf(self, member: member)
    }
}

extension JSONValue: AWSMemberWriting {
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        write(to: &writer.encoding.state.output)
    }
}

extension Array: AWSMemberWriting where Element: AWSMemberEncodable {
    /// The elements in order; each has the traits of the list's member, as in `TreeEncoder`.
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) throws {
        writer.encoding.state.output.append(UInt8(ascii: "["))
        var index = startIndex
        while index != endIndex {
            if index != startIndex { writer.encoding.state.output.append(UInt8(ascii: ",")) }
            try self[index].writeJSONBody(to: writer, member: member)
            index += 1
        }
        writer.encoding.state.output.append(UInt8(ascii: "]"))
    }
}

extension Dictionary: AWSMemberWriting where Key == String, Value: AWSMemberEncodable {
    /// The entries in key order (by UTF-8 bytes); values have no member traits, as in `TreeEncoder`.
    ///
    /// The keys are copied into a `[String]` and sorted there, which is much cheaper than sorting the generic
    /// `Keys` collection. A map of strings, the most common kind (tags, attributes), is read as one, so that
    /// no generic lookup is made per entry.
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) throws {
        if Value.self == String.self {
            return try writer.writeEntries(of: unsafeBitCast(self, to: [String: String].self))
        }
        try writer.writeEntries(of: self)
    }
}

extension AWSJSONBodyWriter {
    /// The largest map whose keys are put in order by insertion.
    private static var insertionSortLimit: Int { 16 }

    /// Writes `map` as an object, its entries in key order.
    ///
    /// The entries' indices are sorted in temporary memory (on the stack for a small map), so that each value is
    /// read where it lies rather than looked up again by its key.
    fileprivate func writeEntries<Value: AWSMemberEncodable>(of map: [String: Value]) throws {
        try withUnsafeTemporaryAllocation(of: Dictionary<String, Value>.Index.self, capacity: map.count) { buffer in
            var count = 0
            var index = map.startIndex
            while index != map.endIndex {
                buffer.initializeElement(at: count, to: index)
                count += 1
                map.formIndex(after: &index)
            }
            var order = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
            defer { order.deinitialize() }
            if count <= Self.insertionSortLimit {
                // Most maps (tags, attributes) are small: an insertion sort compares their keys directly, where
                // `sort` calls a closure per comparison (330 fewer instructions for two tags, by
                // `Benchmarks/signing-instructions.sh`).
                for position in order.indices.dropFirst() {
                    let index = order[position]
                    var slot = position
                    while slot > 0, map.keys[index].utf8Precedes(map.keys[order[slot - 1]]) {
                        order[slot] = order[slot - 1]
                        slot -= 1
                    }
                    order[slot] = index
                }
            } else {
                order.sort { map.keys[$0].utf8Precedes(map.keys[$1]) }
            }
            encoding.state.output.append(UInt8(ascii: "{"))
            for position in 0..<count {
                if position > 0 { encoding.state.output.append(UInt8(ascii: ",")) }
                JSONValue.writeString(map.keys[order[position]], to: &encoding.state.output)
                encoding.state.output.append(UInt8(ascii: ":"))
                try map.values[order[position]].writeJSONBody(to: self, member: nil)
            }
            encoding.state.output.append(UInt8(ascii: "}"))
        }
    }
}

extension AWSEncodingShape where Self: Encodable {
    /// A structure or union writes its members through its own `encode(to:)`.
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) throws {
        try writer.encoding.writeShape(self, member: member)
    }
}

extension AWSEnum {
    /// An enum is its raw value.
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) {
        JSONValue.writeString(rawValue, to: &writer.encoding.state.output)
    }
}

extension AWSEventStream: AWSMemberWriting {
    /// An event stream encodes itself, as any other `Encodable` does.
    @_spi(Generated) public func writeJSONBody(to writer: AWSJSONBodyWriter, member: AWSMember?) throws {
        try writer.encoding.write(self, member: member)
    }
}
