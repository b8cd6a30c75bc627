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

    /// The modifier of a declaration that only generated code uses, because its type is behind the runtime's
    /// `@_spi(Generated)`: `@_spi(Generated) public ` for public output, else the plain modifier.
    static func generatedOnly(_ access: GeneratorConfig.Access) -> String {
        spiAttribute(access) + modifier(access)
    }

    /// `@_spi(Generated) ` for public output, which an extension conforming to an SPI protocol needs; nothing
    /// otherwise (the attribute is for public declarations only).
    static func spiAttribute(_ access: GeneratorConfig.Access) -> String {
        access == .public ? "@_spi(Generated) " : ""
    }
}
