/// An operation's checksum rules: the model's `httpChecksum` trait (`aws.protocols#httpChecksum`), or
/// `httpChecksumRequired` (`smithy.api#httpChecksumRequired`). Generated only for the operations that have one.
@_spi(Generated) public struct AWSHTTPChecksum: Sendable, Equatable {
    /// Whether every request must carry a checksum (`requestChecksumRequired`, or `httpChecksumRequired`).
    public let isRequired: Bool
    /// The header of the input member that chooses the algorithm (`requestAlgorithmMember`), such as
    /// `x-amz-sdk-checksum-algorithm`; nil when the operation has none.
    public let algorithmHeader: String?
    /// The header of the input member that asks for the response's checksum (`requestValidationModeMember`),
    /// such as `x-amz-checksum-mode`; nil when the operation has none.
    public let validationModeHeader: String?
    /// The algorithms the response may carry (`responseAlgorithms`), in botocore's priority order.
    public let responseAlgorithms: [AWSChecksumAlgorithm]

    /// Creates the rules; `responseAlgorithms` are the model's names, such as `CRC32C`, and those this runtime
    /// does not implement are left out.
    public init(
        required: Bool = false, algorithmHeader: String? = nil, validationModeHeader: String? = nil,
        responseAlgorithms: [String] = []
    ) {
        isRequired = required
        self.algorithmHeader = algorithmHeader
        self.validationModeHeader = validationModeHeader
        let names = Set(responseAlgorithms.map { $0.lowercased() })
        self.responseAlgorithms = AWSChecksumAlgorithm.responsePriority.filter { names.contains($0.rawValue) }
    }
}
