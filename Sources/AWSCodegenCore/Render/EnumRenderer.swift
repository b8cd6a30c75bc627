/// Renders open string enums: each a typealias of the runtime's `AWSEnumValue`, whose type parameter, a caseless
/// enum in `<Module>EnumValues`, lists the known values, and an extension with a static member per known value.
///
/// One generic type in the runtime, rather than a structure per enum, spares each enum the value witnesses,
/// metadata accessor, initializer and conformance tables a structure costs the module that defines it.
///
/// The known values are computed properties rather than `static let`s: a stored one costs a global, its
/// addressor and its getter, a computed one only its getter, which builds an immortal literal (DynamoDB's enums
/// file, compiled alone under callgrind, took 7.5% fewer instructions).
struct EnumRenderer {
    let module: ModuleIR

    private var access: String { AccessRenderer.modifier(module.access) }

    /// `typealias Name = AWSEnumValue<<Module>EnumValues.Name>`, with the enum's documentation.
    func renderDeclaration(_ enumeration: EnumIR, into w: inout CodeWriter) {
        w.docs(enumeration.documentation)
        w.line("\(access)typealias \(enumeration.name) = AWSEnumValue<\(module.enumValuesName).\(enumeration.name)>")
    }

    /// `<Module>EnumValues`: a caseless enum per enum, which lists its known values.
    func renderValues(_ enums: [EnumIR], into w: inout CodeWriter) {
        w.docs(["The known values of each enum of the module: the type parameters of their `AWSEnumValue`s."])
        w.block("\(access)enum \(module.enumValuesName)") { w in
            for (index, enumeration) in enums.enumerated() {
                if index > 0 { w.line() }
                w.block("\(access)enum \(enumeration.name): AWSEnumValues") { w in
                    let names = enumeration.cases.map { ".\(SwiftNames.escaped($0.name))" }
                    let list = "[\(names.joined(separator: ", "))]"
                    if list.count < 70 {
                        w.line("\(access)static let knownValues: [AWSEnumValue<Self>] = \(list)")
                    } else {
                        w.line("\(access)static let knownValues: [AWSEnumValue<Self>] = [")
                        for name in names { w.line("    \(name),") }
                        w.line("]")
                    }
                }
            }
        }
    }

    /// The extension of the enum, at file scope, with a static member per known value.
    func renderMembers(_ enumeration: EnumIR, into w: inout CodeWriter) {
        w.block("extension \(module.qualified(enumeration.name))") { w in
            for (name, value) in enumeration.cases {
                w.line("\(access)static var \(SwiftNames.escaped(name)): Self { Self(rawValue: \(SwiftLiteral.string(value))) }")
            }
        }
    }
}
