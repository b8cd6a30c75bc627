/// One operation of a model.
package struct Operation: Sendable {
    package var name: String
    package var method: String
    package var requestURI: String
    package var responseCode: Int?
    package var input: ShapeReference?
    package var output: ShapeReference?
    package var errors: [String]
    package var documentation: String?
    package var deprecated: Bool
    package var deprecatedMessage: String?
    package var hostPrefix: String?
}
