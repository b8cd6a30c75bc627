/// Reads `requestUri` templates.
enum AWSURITemplate {
    /// The names of the greedy labels (`{Key+}`) of `template`.
    static func greedyLabels(_ template: String) -> [String] {
        template.split(separator: "{").dropFirst().compactMap { part in
            guard let close = part.firstIndex(of: "}") else { return nil }
            let label = part[..<close]
            return label.hasSuffix("+") ? String(label.dropLast()) : nil
        }
    }
}
