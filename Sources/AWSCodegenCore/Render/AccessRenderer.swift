/// Writes access levels as declaration modifiers.
enum AccessRenderer {
    /// The modifier that `access` puts before a declaration, with its space: `public `, `package `, or
    /// nothing for `internal`, the default.
    static func modifier(_ access: GeneratorConfig.Access) -> String {
        switch access {
        case .public: "public "
        case .package: "package "
        case .internal: ""
        }
    }
}
