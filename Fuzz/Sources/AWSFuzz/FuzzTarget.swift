/// One libFuzzer target: a name given on the command line and what it does with each input.
///
/// `run` must not crash, hang or allocate without bound for any bytes; whatever it throws is the decoder's
/// typed error for bad input and is ignored.
struct FuzzTarget: Sendable {
    /// The name `Fuzz/run.sh` and the command line use, such as `json`.
    let name: String
    /// What the target reads, for `--list`.
    let summary: String
    /// Feeds one input to the decoder under test.
    let run: @Sendable ([UInt8]) throws -> Void

    /// Every target, in the order `make fuzz` runs them.
    static let all: [FuzzTarget] = [
        .json, .xml, .cbor, .jmespath, .endpointRules, .sharedConfig, .eventStream,
        .restJSON, .awsJSON, .restXML, .query, .ec2, .rpcV2CBOR, .model,
    ]
}
