import Foundation

/// When a client computes request checksums or validates response checksums (botocore's
/// `request_checksum_calculation` and `response_checksum_validation`).
public enum AWSChecksumPolicy: String, Sendable, Hashable {
    /// Whenever the operation supports it: a request gets a CRC-32 when the caller chose no algorithm, and a
    /// response is validated when the operation can ask for its checksum. The default.
    case whenSupported = "when_supported"
    /// Only when the operation requires it, or the caller asked (chose an algorithm, or set the validation mode):
    /// for S3-compatible stores that reject the newer headers.
    case whenRequired = "when_required"
}

/// The checksum policies of one client: from its configuration, else the environment, else the shared config
/// profile, else ``AWSChecksumPolicy/whenSupported``.
struct AWSChecksumSettings: Sendable, Equatable {
    var requestCalculation: AWSChecksumPolicy
    var responseValidation: AWSChecksumPolicy

    /// Reads `AWS_REQUEST_CHECKSUM_CALCULATION` and `AWS_RESPONSE_CHECKSUM_VALIDATION`, then the profile keys
    /// `request_checksum_calculation` and `response_checksum_validation` through `settings`, for what
    /// `configuration` leaves nil.
    ///
    /// - Throws: `AWSConfigurationError` naming the variable or key whose value is neither `when_supported` nor
    ///   `when_required` (in any case), or a shared config file that cannot be read.
    init(_ configuration: AWSClientConfiguration, settings: ConfigSettings) throws {
        func setting(_ explicit: AWSChecksumPolicy?, _ variable: String, _ key: String) throws -> AWSChecksumPolicy {
            if let explicit { return explicit }
            guard let (text, source) = try settings.setting(variable, key) else { return .whenSupported }
            guard let policy = AWSChecksumPolicy(rawValue: text.lowercased()) else {
                throw AWSConfigurationError("\(source) must be when_supported or when_required, not '\(text)'")
            }
            return policy
        }
        requestCalculation = try setting(
            configuration.requestChecksumCalculation, "AWS_REQUEST_CHECKSUM_CALCULATION", "request_checksum_calculation")
        responseValidation = try setting(
            configuration.responseChecksumValidation, "AWS_RESPONSE_CHECKSUM_VALIDATION", "response_checksum_validation")
    }
}

/// A client's ``AWSChecksumSettings``, read on the first request of an operation with checksums, so that clients
/// of services without any never read the shared config for them.
final class AWSChecksumSettingsCache: @unchecked Sendable {
    private let lock = NSLock()
    private let configuration: AWSClientConfiguration
    /// The client's settings, whose shared config is read at most once; used only under `lock`.
    private let configSettings: ConfigSettings
    private var resolved: Result<AWSChecksumSettings, any Error>?

    init(_ configuration: AWSClientConfiguration, settings: ConfigSettings) {
        self.configuration = configuration
        configSettings = settings
    }

    /// The settings; rethrows, on every call, the error of reading them.
    func settings() throws -> AWSChecksumSettings {
        try lock.withLock {
            if let resolved { return resolved }
            let result = Result { try AWSChecksumSettings(configuration, settings: configSettings) }
            resolved = result
            return result
        }.get()
    }
}

extension AWSClient {
    /// When the client computes request checksums: its configuration, else the environment, else the profile.
    ///
    /// - Throws: `AWSConfigurationError` when the setting is neither `when_supported` nor `when_required`.
    @_spi(Generated) public func requestChecksumCalculation() throws -> AWSChecksumPolicy {
        try checksums.settings().requestCalculation
    }
}
