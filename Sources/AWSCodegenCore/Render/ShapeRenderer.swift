/// Renders structures, unions and errors.
struct ShapeRenderer {
    let module: ModuleIR

    private var access: String { AccessRenderer.modifier(module.access) }
    /// The modifier of what only generated code and the runtime use.
    private var generatedOnly: String { AccessRenderer.generatedOnly(module.access) }

    func constraintExpression(_ constraint: ConstraintIR) -> String {
        switch constraint {
        case .shape:
            return ".shape"
        case .rules(let min, let max, let pattern, let key, let element):
            var arguments: [String] = []
            if let min { arguments.append("min: \(number(min))") }
            if let max { arguments.append("max: \(number(max))") }
            if let pattern { arguments.append("pattern: \(SwiftLiteral.string(pattern))") }
            if let key { arguments.append("key: \(constraintExpression(key))") }
            if let element { arguments.append("element: \(constraintExpression(element))") }
            return ".init(\(arguments.joined(separator: ", ")))"
        }
    }

    private func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A member's doc comment: its documentation, then a warning when it is deprecated.
    private func memberDocumentation(_ member: MemberIR) -> [String] {
        guard member.isDeprecated else { return member.documentation }
        let warning = "- Warning: Deprecated." + (member.deprecatedMessage.map { " " + $0 } ?? "")
        return member.documentation + (member.documentation.isEmpty ? [] : [""]) + [warning]
    }

    /// A structure or an error.
    func renderStruct(_ shape: StructIR, isError: Bool, into w: inout CodeWriter) {
        let sensitive = shape.members.contains(where: \.isSensitive)
        // An error is always decoded (`AWSModeledError` is an `AWSDecodableShape`).
        var conformances = isError
            ? ["AWSModeledError"] + (shape.coding.encodes ? ["AWSEncodableShape"] : [])
            : Self.conformances(shape.coding)
        if sensitive { conformances.append(isError ? "CustomReflectable" : "AWSRedacting") }
        // The members' names as identifiers, each escaped once.
        let names = shape.members.map { SwiftNames.escaped($0.name) }
        w.docs(shape.documentation)
        w.block("\(access)struct \(shape.name): \(conformances.joined(separator: ", "))") { w in
            for (member, name) in zip(shape.members, names) {
                w.docs(memberDocumentation(member))
                // A property wrapper needs a `var`.
                let declaration = member.isIndirect ? "@AWSIndirect \(access)var" : "\(access)\(member.isWritable ? "var" : "let")"
                w.line("\(declaration) \(name): \(TypeRenderer.declaredType(member))")
            }
            if isError {
                w.docs(["The code, message, status and request id of the error response."])
                w.line("\(access)let context: AWSErrorContext")
            }
            renderInit(shape, names, isError: isError, into: &w)
            let traits = shape.members.compactMap(WireTraitsRenderer.awsMember)
            if !traits.isEmpty {
                w.line()
                if traits.count == 1 {
                    w.line("\(generatedOnly)static let awsMembers = [\(traits[0])]")
                } else {
                    w.line("\(generatedOnly)static let awsMembers = [")
                    for trait in traits { w.line("    \(trait),") }
                    w.line("]")
                }
            }
            if let retryKind = shape.retryKind {
                w.line()
                w.line("\(access)static var retryKind: AWSRetryKind? { \(retryKindExpression(retryKind)) }")
            }
            if shape.coding.encodes { renderValidate(shape.members, names, into: &w) }
            if sensitive { renderMirror(shape.members, names, into: &w) }
            renderCoding(shape.members, names, shape.coding, isError: isError, into: &w)
        }
    }

    /// The runtime protocols of a shape coded as `coding`.
    private static func conformances(_ coding: ShapeCoding) -> [String] {
        switch (coding.encodes, coding.decodes) {
        case (true, true): ["AWSEncodableShape", "AWSDecodableShape"]
        case (true, false): ["AWSEncodableShape"]
        case (false, true): ["AWSDecodableShape"]
        case (false, false): ["AWSShape"]
        }
    }

    /// The runtime's `AWSRetryKind` of `kind`.
    private func retryKindExpression(_ kind: RetryKindIR) -> String {
        switch kind {
        case .throttling: ".throttling"
        case .transient: ".transient"
        }
    }

    private func renderInit(_ shape: StructIR, _ names: [String], isError: Bool, into w: inout CodeWriter) {
        guard !shape.members.isEmpty || isError else {
            w.line()
            w.line("\(access)init() {}")
            return
        }
        var parameters = shape.members.map { member in
            let label = member.name == "self" ? "`self` selfValue" : member.name
            return "\(label): \(TypeRenderer.declaredType(member))\(member.isRequired ? "" : " = nil")"
        }
        if isError { parameters.append("context: AWSErrorContext = AWSErrorContext()") }
        w.line()
        let signature = "\(access)init(\(parameters.joined(separator: ", ")))"
        // Every part is ASCII (identifiers and type names), so bytes count characters.
        let header = signature.utf8.count > 110
            ? "\(access)init(\n" + parameters.map { "        " + $0 }.joined(separator: ",\n") + "\n    )"
            : signature
        w.block("\(header)") { w in
            for name in names {
                w.line("self.\(name) = \(name == "`self`" ? "selfValue" : name)")
            }
            if isError { w.line("self.context = context") }
        }
    }

    /// `AWSValidatable`'s requirement, which checks the members with `path()` as the shape's path.
    private var validateSignature: String {
        "\(generatedOnly)func validate(_ constraint: AWSConstraint, path: () -> String) throws"
    }

    private func renderValidate(_ members: [MemberIR], _ names: [String], into w: inout CodeWriter) {
        let checked = zip(members, names).filter { $0.0.constraint != nil }
        guard !checked.isEmpty else { return }
        w.line()
        w.block("\(validateSignature)") { w in
            w.line("let path = path()")
            for (member, name) in checked {
                w.line("try AWSValidation.check(self.\(name), \(constraintExpression(member.constraint!)), path, \(SwiftLiteral.string(member.name)))")
            }
        }
    }

    private func renderMirror(_ members: [MemberIR], _ names: [String], into w: inout CodeWriter) {
        w.line()
        w.block("\(access)var customMirror: Mirror") { w in
            w.line("Mirror(self, children: [")
            for (member, name) in zip(members, names) {
                let value = member.isSensitive ? (member.isRequired ? "AWSRedacted()" : "self.\(name).map { _ in AWSRedacted() } as Any") : "self.\(name) as Any"
                w.line("    \(SwiftLiteral.string(member.name)): \(value),")
            }
            w.line("])")
        }
    }

    /// `init(from:)` and `encode(to:)` by wire name, each only in the direction the shape is coded in; written
    /// out, since a synthesized `CodingKeys` enum per type doubles the code the compiler has to build.
    private func renderCoding(
        _ members: [MemberIR], _ names: [String], _ coding: ShapeCoding, isError: Bool, into w: inout CodeWriter
    ) {
        let keys = members.map { SwiftLiteral.string($0.codingKey) }
        if coding.decodes {
            w.line()
            w.block("\(access)init(from decoder: any Decoder) throws") { w in
                if members.isEmpty {
                    w.line("_ = try AWSKeyedReader(decoder)")
                } else {
                    w.line("let reader = try AWSKeyedReader(decoder)")
                    for (index, member) in members.enumerated() {
                        let method = member.isRequired ? "decode" : "decodeIfPresent"
                        w.line("self.\(names[index]) = try reader.\(method)(\(keys[index]))")
                    }
                }
                if isError { w.line("self.context = AWSErrorContext.responseBeingDecoded") }
            }
        }
        guard coding.encodes else { return }
        w.line()
        w.block("\(access)func encode(to encoder: any Encoder) throws") { w in
            guard !members.isEmpty else { return w.line("_ = AWSKeyedWriter(encoder)") }
            w.line("var writer = AWSKeyedWriter(encoder)")
            for (index, member) in members.enumerated() {
                let method = member.isRequired ? "encode" : "encodeIfPresent"
                w.line("try writer.\(method)(self.\(names[index]), \(keys[index]))")
            }
        }
    }

    /// A union: an enum with one case per member and a case for members this model does not know.
    func renderUnion(_ union: UnionIR, into w: inout CodeWriter) {
        w.docs(union.documentation)
        let indirect = union.isIndirect ? "indirect " : ""
        // An event stream's union is always decoded (`AWSEventUnion` is an `AWSDecodableShape`): the selection
        // counts every event stream among the decoded shapes.
        let conformances = union.eventExceptions == nil
            ? Self.conformances(union.coding)
            : ["AWSEventUnion"] + (union.coding.encodes ? ["AWSEncodableShape"] : [])
        w.block("\(access)\(indirect)enum \(union.name): \(conformances.joined(separator: ", "))") { w in
            for member in union.cases {
                w.docs(memberDocumentation(member))
                w.line("case \(SwiftNames.escaped(member.name))(\(TypeRenderer.code(member.type)))")
            }
            w.docs(["A member that this version of the model does not know, by its name."])
            w.line("case \(UnionIR.unknownCase)(String)")
            if union.coding.decodes { renderUnionDecoding(union, into: &w) }
            if union.coding.encodes { renderUnionEncoding(union, into: &w) }
            if let exceptions = union.eventExceptions { renderEventDispatch(union, exceptions, into: &w) }
            let checked = union.cases.filter { $0.constraint != nil }
            if union.coding.encodes, !checked.isEmpty {
                w.line()
                w.block("\(validateSignature)") { w in
                    w.line("let path = path()")
                    w.switchBlock("self") { w in
                        for member in checked {
                            w.line("case .\(member.name)(let value): try AWSValidation.check(value, \(constraintExpression(member.constraint!)), path, \(SwiftLiteral.string(member.name)))")
                        }
                        w.line("default: break")
                    }
                }
            }
        }
    }

    /// A union's `init(from:)`: the first member present, else the unknown case.
    private func renderUnionDecoding(_ union: UnionIR, into w: inout CodeWriter) {
        w.line()
        w.block("\(access)init(from decoder: any Decoder) throws") { w in
            w.line("let reader = try AWSKeyedReader(decoder)")
            w.block("for key in reader.memberKeys") { w in
                w.switchBlock("key") { w in
                    for member in union.cases {
                        w.line("case \(SwiftLiteral.string(member.codingKey)): self = .\(member.name)(try reader.decode(key))")
                    }
                    w.line("default: continue")
                }
                w.line("return")
            }
            w.line("self = .\(UnionIR.unknownCase)(try AWSUnionCoding.unknownMember(decoder))")
        }
    }

    /// A union's `encode(to:)`: its one member.
    private func renderUnionEncoding(_ union: UnionIR, into w: inout CodeWriter) {
        w.line()
        w.block("\(access)func encode(to encoder: any Encoder) throws") { w in
            w.line("var writer = AWSKeyedWriter(encoder)")
            w.switchBlock("self") { w in
                for member in union.cases {
                    w.line("case .\(member.name)(let value): try writer.encode(value, \(SwiftLiteral.string(member.codingKey)))")
                }
                w.line("case .\(UnionIR.unknownCase)(let name): try AWSUnionCoding.encodeUnknownMember(name, to: encoder)")
            }
        }
    }

    /// `awsEvent`: the case for each event type of an event stream, and the error of each exception.
    private func renderEventDispatch(_ union: UnionIR, _ exceptions: [(eventType: String, errorType: String)], into w: inout CodeWriter) {
        w.line()
        w.block("\(generatedOnly)static func awsEvent(_ type: String, _ decoder: AWSEventDecoder) throws -> Self") { w in
            w.switchBlock("type") { w in
                for member in union.cases {
                    w.line("case \(SwiftLiteral.string(member.modelName)): return .\(member.name)(try decoder.decode(\(TypeRenderer.code(member.type)).self))")
                }
                for exception in exceptions {
                    w.line("case \(SwiftLiteral.string(exception.eventType)): throw decoder.error(\(exception.errorType).self)")
                }
                w.line("default: return .\(UnionIR.unknownCase)(type)")
            }
        }
    }
}
