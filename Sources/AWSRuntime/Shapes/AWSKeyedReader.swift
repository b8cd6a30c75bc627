/// A coding key made from a member's wire name.
///
/// Generated shapes write their `init(from:)` and `encode(to:)` with wire names rather than have the
/// compiler synthesize a `CodingKeys` enum for each type: that halves the code of a shape and the time
/// it takes to compile.
@_spi(Generated) public struct AWSCodingKey: CodingKey, Sendable {
    public let stringValue: String
    public var intValue: Int? { nil }

    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

/// Reads the members of a structure or a union by wire name, for generated `init(from:)`.
///
/// Responses the runtime decodes are read straight from their JSON tape or tree, without a container per
/// shape or a coding path per member; any other decoder goes through a keyed container.
@_spi(Generated) public struct AWSKeyedReader {
    fileprivate enum Source {
        case tree(TreeDecoding, members: [String: JSONValue])
        case container(KeyedDecodingContainer<AWSCodingKey>)
    }

    /// The object when it comes from a JSON tape, the common case, kept apart from `source` so that reading
    /// a member copies no enum.
    private let tape: TapeDecoding?
    /// The tape object's member names, summed up; `all` for other sources.
    private let keyMask: TapeKeyMask
    private let source: Source?

    /// The members of the structure that `decoder` holds.
    public init(_ decoder: any Decoder) throws {
        if let tape = Self.tape(decoder), case .object = tape.kind {
            self.tape = tape
            keyMask = tape.source.keyMask(of: tape.index)
            source = nil
            return
        }
        tape = nil
        keyMask = .all
        if let tree = decoder as? TreeDecoding, case .object(let members) = tree.value {
            source = .tree(tree, members: members)
        } else {
            source = .container(try decoder.container(keyedBy: AWSCodingKey.self))
        }
    }

    /// The decoder as a `TapeDecoding`, checked by its type alone, which is cheaper than a dynamic cast.
    private static func tape<D: Decoder>(_ decoder: D) -> TapeDecoding? {
        D.self == TapeDecoding.self ? unsafeBitCast(decoder, to: TapeDecoding.self) : nil
    }

    /// A required member; its zero value when the response leaves it out (`ZeroValueDecoder`).
    public func decode<T: Decodable>(_ key: String) throws -> T {
        do {
            if let tape { return try tape.decodeMember(T.self, key) }
            return try decodeFromSource(key)
        } catch let error as DecodingError {
            guard case .keyNotFound(let missing, _) = error, missing.stringValue == key else { throw error }
            return try ZeroValueDecoder.value(T.self, for: error)
        }
    }

    /// An optional member: nil when it is absent or null.
    public func decodeIfPresent<T: Decodable>(_ key: String) throws -> T? {
        if let tape {
            guard keyMask.mayContain(key) else { return nil }
            return try tape.decodeMemberIfPresent(T.self, key)
        }
        return try decodeIfPresentFromSource(key)
    }

    /// The wire names of the members that are present and not null, in sorted order: a union's
    /// `init(from:)` takes the first it knows.
    public var memberKeys: [String] {
        guard let tape else { return memberKeysFromSource() }
        var keys = tape.source.keys(of: tape.index)
        if keys.count > 1 { keys.sort() }
        return keys
    }

    // The readers of the other sources, out of line: the tape's path through the members above then holds
    // no `Source`, whose layout is only known at run time and would cost a metadata lookup on every call.

    @inline(never)
    private func decodeFromSource<T: Decodable>(_ key: String) throws -> T {
        try fallback.decode(key)
    }

    @inline(never)
    private func decodeIfPresentFromSource<T: Decodable>(_ key: String) throws -> T? {
        try fallback.decodeIfPresent(key)
    }

    @inline(never)
    private func memberKeysFromSource() -> [String] {
        fallback.memberKeys
    }

    /// The source of a reader that does not read from a tape.
    private var fallback: Source {
        guard let source else { preconditionFailure("a reader reads from a tape or from a source") }
        return source
    }
}

extension AWSKeyedReader.Source {
    func decode<T: Decodable>(_ key: String) throws -> T {
        switch self {
        case .tree(let tree, let members):
            guard let value = members[key] else {
                throw DecodingError.keyNotFound(AWSCodingKey(stringValue: key), DecodingError.Context(
                    codingPath: tree.codingPath, debugDescription: "missing required member"))
            }
            return try tree.options.decodeValue(T.self, from: value, path: TreePath(tree.path, AWSCodingKey(stringValue: key)))
        case .container(let container):
            return try container.decode(T.self, forKey: AWSCodingKey(stringValue: key))
        }
    }

    func decodeIfPresent<T: Decodable>(_ key: String) throws -> T? {
        switch self {
        case .tree(let tree, let members):
            guard let value = members[key] else { return nil }
            if case .null = value { return nil }
            return try tree.options.decodeValue(T.self, from: value, path: TreePath(tree.path, AWSCodingKey(stringValue: key)))
        case .container(let container):
            return try container.decodeIfPresent(T.self, forKey: AWSCodingKey(stringValue: key))
        }
    }

    var memberKeys: [String] {
        switch self {
        case .tree(_, let members):
            return members.compactMap { key, value in
                if case .null = value { return nil }
                return key
            }.sorted()
        case .container(let container):
            return container.allKeys.filter { (try? container.decodeNil(forKey: $0)) == false }.map(\.stringValue).sorted()
        }
    }
}
