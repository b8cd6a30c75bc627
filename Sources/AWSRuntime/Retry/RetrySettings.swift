/// The retry mode and attempts a client uses: what its ``AWSRetryConfiguration`` sets, else `AWS_RETRY_MODE` and
/// `AWS_MAX_ATTEMPTS`, else the shared config profile's `retry_mode` and `max_attempts`, else the mode's default.
struct RetrySettings: Equatable {
    let mode: AWSRetryMode
    let maxAttempts: Int

    /// Settings with these values.
    init(mode: AWSRetryMode, maxAttempts: Int) {
        self.mode = mode
        self.maxAttempts = maxAttempts
    }

    /// Resolves `configuration` against `settings`; a malformed variable or key is an `AWSConfigurationError` that
    /// names it.
    init(_ configuration: AWSRetryConfiguration, settings: ConfigSettings) throws {
        if let mode = configuration.mode {
            self.mode = mode
        } else {
            let names = AWSRetryMode.allCases.map(\.rawValue)
            let text = try settings.choice("AWS_RETRY_MODE", "retry_mode", names)
            mode = text.flatMap(AWSRetryMode.init(rawValue:)) ?? .standard
        }
        if let attempts = configuration.maxAttempts {
            maxAttempts = max(1, attempts)
        } else {
            maxAttempts = try settings.integer("AWS_MAX_ATTEMPTS", "max_attempts", minimum: 1) ?? mode.defaultMaxAttempts
        }
    }
}
