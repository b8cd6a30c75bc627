/// Turns model names into Swift identifiers.
package enum SwiftNames {
    /// Swift keywords that need backticks as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "package", "consume", "borrowing", "consuming", "some", "any",
    ]

    /// Type names that generated types must not take: Swift, Foundation and runtime names used by generated code
    /// (a model's `Duration` shape would hide the `Duration` that presigning and waiters take, as Pinpoint's,
    /// AppMesh's, OpenSearch's, Elasticsearch's and Timestream InfluxDB's do). `ReservedTypeNamesTests` checks that
    /// every type name the generated code of the golden fixtures uses without declaring it is here.
    package static let reservedTypeNames: Set<String> = [
        "Any", "AnyObject", "Array", "AsyncSequence", "Bool", "Character", "Codable", "CodingKey", "CodingKeys",
        "Collection", "CustomReflectable", "Data", "Date", "Decimal", "Decodable", "Decoder", "Dictionary", "Double",
        "Duration", "Encodable", "Encoder", "Equatable", "Error", "Float", "Hashable", "Int", "Int32", "Int64",
        "Mirror", "Never", "Optional", "Protocol", "Range", "Result", "Self", "Sendable", "Sequence", "Set", "String",
        "Substring", "Task", "Type", "UInt8", "URL", "UUID", "Void", "JSONValue", "Foundation", "Swift",
        // The runtime's.
        "AWSByteStream", "AWSClient", "AWSClientConfiguration", "AWSConstraint", "AWSDecodableShape", "AWSDocument",
        "AWSEmptyShape", "AWSEncodableShape", "AWSEnum", "AWSEnumValue", "AWSEnumValues", "AWSErrorContext",
        "AWSEventDecoder", "AWSEventStream", "AWSEventUnion", "AWSHTTPChecksum",
        "AWSIndirect", "AWSItemSequence", "AWSKeyedReader", "AWSKeyedWriter", "AWSMember", "AWSModelNamed",
        "AWSModeledError", "AWSOperation", "AWSPageSequence", "AWSPresignedRequest", "AWSRedacted", "AWSRedacting",
        "AWSRetryKind", "AWSServiceDescriptor", "AWSShape", "AWSUnionCoding", "AWSValidation", "AWSWaiter",
        "AWSWaiterAcceptor", "AWSXMLNamespace", "S3DownloadResult", "S3ObjectRange", "S3Transfer", "S3TransferOptions",
        "S3TransferProgressHandler", "S3UploadRequests", "S3UploadResult",
    ]

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    private static func uppered(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte & ~0x20 : byte }

    /// Splits a model name into words at characters other than ASCII letters and digits.
    private static func tokens(_ name: String) -> [ArraySlice<UInt8>] {
        Array(name.utf8).split { !(isUpper($0) || isLower($0) || isDigit($0)) }
    }

    /// Appends `token` with its leading run of capitals lowered, keeping the last capital of a run that
    /// starts a word (`SSEDescription` gives `sseDescription`, `VPC` gives `vpc`).
    private static func appendLowerLeading(_ token: ArraySlice<UInt8>, to result: inout [UInt8]) {
        guard token.contains(where: isLower) else {
            result.append(contentsOf: token.map(lowered))
            return
        }
        var upper = token.startIndex
        while upper < token.endIndex, isUpper(token[upper]) { upper += 1 }
        let run = upper - token.startIndex
        let keep = run <= 1 ? token.startIndex + 1 : (isLower(token[upper]) ? upper - 1 : upper)
        result.append(contentsOf: token[..<keep].map(lowered))
        result.append(contentsOf: token[keep...])
    }

    /// Appends `token`, first letter capitalised, with `_` between two digits that would otherwise join.
    private static func appendCapitalized(_ token: ArraySlice<UInt8>, to result: inout [UInt8]) {
        if let last = result.last, isDigit(last), let first = token.first, isDigit(first) { result.append(UInt8(ascii: "_")) }
        result.append(uppered(token.first!))
        result.append(contentsOf: token.dropFirst())
    }

    /// The finished identifier: `fallback` when empty, `_` before a leading digit.
    private static func identifier(_ bytes: [UInt8], fallback: String) -> String {
        guard let first = bytes.first else { return fallback }
        let text = String(decoding: bytes, as: UTF8.self)
        return isDigit(first) ? "_" + text : text
    }

    /// lowerCamelCase from any model name (member names, enum values, operation names). Not escaped.
    package static func lowerCamel(_ name: String) -> String {
        var result: [UInt8] = []
        for (index, token) in tokens(name).enumerated() {
            if index == 0 {
                appendLowerLeading(token, to: &result)
            } else {
                var word: [UInt8] = []
                appendLowerLeading(token, to: &word)
                appendCapitalized(word[...], to: &result)
            }
        }
        return identifier(result, fallback: "empty")
    }

    /// UpperCamelCase from a shape or service name. Not checked against reserved names.
    package static func upperCamel(_ name: String) -> String {
        var result: [UInt8] = []
        for token in tokens(name) { appendCapitalized(token, to: &result) }
        return identifier(result, fallback: "Unnamed")
    }

    /// `identifier` in backticks when it is a keyword.
    package static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Makes `names` unique in order: a later name equal to an earlier one, or to a `taken` name,
    /// gets the smallest numeric suffix that makes it unique.
    package static func uniqued(_ names: [String], taken: Set<String> = []) -> [String] {
        var used = taken
        return names.map { name in
            var candidate = name
            var suffix = 2
            while used.contains(candidate) {
                candidate = "\(name)\(suffix)"
                suffix += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
