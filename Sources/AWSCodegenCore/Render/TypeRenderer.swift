/// Writes `TypeIR` values as Swift types.
enum TypeRenderer {
    /// `type` as written in a declaration, such as `[String: Date]` or `AWSEventStream<Events>`.
    static func code(_ type: TypeIR) -> String {
        switch type {
        case .scalar(let scalar): code(scalar)
        case .document: "AWSDocument"
        case .shape(let name): name
        case .list(let element): "[\(code(element))]"
        case .map(let value): "[String: \(code(value))]"
        case .eventStream(let events): "AWSEventStream<\(code(events))>"
        case .byteStream: "AWSByteStream"
        }
    }

    private static func code(_ scalar: ScalarIR) -> String {
        switch scalar {
        case .string: "String"
        case .integer: "Int"
        case .long: "Int64"
        case .float: "Float"
        case .double: "Double"
        case .boolean: "Bool"
        case .timestamp: "Date"
        case .blob: "Data"
        }
    }

    /// The declared type of `member`: optional unless required.
    static func declaredType(_ member: MemberIR) -> String {
        member.isRequired ? code(member.type) : code(member.type) + "?"
    }

    /// Whether `Foundation` is needed for `type` (`Date` and `Data` are Foundation's).
    static func needsFoundation(_ type: TypeIR) -> Bool {
        switch type {
        case .scalar(let scalar): scalar == .timestamp || scalar == .blob
        case .document, .shape, .byteStream: false
        case .list(let element), .map(let element), .eventStream(let element): needsFoundation(element)
        }
    }
}
