extension [String: String] {
    /// The value of the environment variable `name`; nil when it is unset or empty.
    func nonEmptyValue(_ name: String) -> String? {
        self[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
