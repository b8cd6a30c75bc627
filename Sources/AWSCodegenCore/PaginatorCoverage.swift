/// How many of a model's paginators get methods.
package struct PaginatorCoverage: Equatable, Sendable {
    /// The paginators whose methods are built: in the output when the module has a client, and ready for
    /// when the runtime speaks the model's protocol when it has none.
    package var withMethods: Int
    /// The paginators that get no methods, each as `Operation: reason`.
    package var gaps: [String]
    /// Whether the module has a client.
    package var hasClient: Bool

    package init(withMethods: Int, gaps: [String], hasClient: Bool) {
        self.withMethods = withMethods
        self.gaps = gaps
        self.hasClient = hasClient
    }

    /// Every paginator of the selected operations.
    package var total: Int { withMethods + gaps.count }
}
