import AWSCodegenCore

/// The `--report-paginators` summary of `generate --all`: how many paginators get methods, over every
/// model, over the newest version of each service, and over the modules that have a client.
struct PaginatorReport {
    /// A count of paginators and of those with methods.
    struct Count {
        var total = 0
        var withMethods = 0

        mutating func add(_ coverage: PaginatorCoverage) {
            total += coverage.total
            withMethods += coverage.withMethods
        }

        /// `N paginators, M <outcome>`.
        func description(_ outcome: String) -> String { "\(total) paginators, \(withMethods) \(outcome)" }
    }

    var all = Count()
    var newest = Count()
    var withClient = Count()
    var models = 0
    /// The paginators without methods, as `Module: Operation: reason`.
    var gaps: [String] = []

    /// Whether a paginator of a module with a client gets no methods.
    var hasClientGaps: Bool { withClient.withMethods < withClient.total }

    /// Counts the paginators of the module `module`, from the newest version of its service or not.
    mutating func add(_ coverage: PaginatorCoverage, module: String, isNewest: Bool) {
        models += 1
        all.add(coverage)
        if isNewest { newest.add(coverage) }
        if coverage.hasClient { withClient.add(coverage) }
        gaps += coverage.gaps.map { "\(module): \($0)\(coverage.hasClient ? "" : " (no client)")" }
    }

    func print() {
        // A paginator of a module without a client (its protocol is not spoken yet) is built but not rendered.
        Swift.print("paginators: \(models) models, \(all.description("built")); newest versions: \(newest.description("built")); "
            + "modules with a client: \(withClient.description("with methods"))")
        for gap in gaps { Swift.print("paginator without methods: \(gap)") }
    }
}
