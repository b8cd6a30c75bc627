/// A map with string keys, read from a tape object directly rather than through a keyed container: the
/// standard library's `Dictionary.init(from:)` boxes every key as `any CodingKey` and casts the list
/// back, which costs more than the rest of decoding a DynamoDB item.
protocol TapeMap {
    init(tape source: TapeSource, at index: Int) throws
}

extension Dictionary: TapeMap where Key == String, Value: Decodable {
    /// The entries of the object at `index`; null values count as absent, as in every other reader.
    init(tape source: TapeSource, at index: Int) throws {
        let tokens = source.tape.tokens
        self.init(minimumCapacity: Int(tokens[index].length))
        let end = Int(tokens[index].next)
        var key = index + 1
        while key < end {
            let value = key + 1
            if !tokens[value].kind.isNull {
                // Not `self[key] = value`, whose setter looks up the metadata of `Value?` on every call.
                updateValue(try source.decode(Value.self, at: value), forKey: source.string(at: key))
            }
            key = Int(tokens[value].next)
        }
    }
}

/// A list, read from a tape array directly: `Array.init(from:)` goes through an unkeyed container and grows
/// the array one element at a time.
protocol TapeList {
    init(tape source: TapeSource, at index: Int) throws
}

extension Array: TapeList where Element: Decodable {
    /// The elements of the array at `index`; lists are dense, so null elements are skipped.
    init(tape source: TapeSource, at index: Int) throws {
        let tokens = source.tape.tokens
        self.init()
        reserveCapacity(Int(tokens[index].length))
        let end = Int(tokens[index].next)
        var element = index + 1
        while element < end {
            if !tokens[element].kind.isNull { append(try source.decode(Element.self, at: element)) }
            element = Int(tokens[element].next)
        }
    }
}
