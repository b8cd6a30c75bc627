import AWSRuntime

/// Values in the conventions of botocore's protocol test suites, for this package's conformance tests: blobs as
/// plain text, timestamps as epoch seconds, unknown union members as `{"SDK_UNKNOWN_MEMBER": {"name": …}}`.
/// The runtime's encoder and decoder keep these settings out of their public API.
package enum ProtocolSuiteCoding {
    /// `value` as suite JSON (keys are the members' coding keys).
    package static func json(_ value: some Encodable) throws -> JSONValue {
        try TreeEncoder.protocolSuite.encode(value)
    }

    /// A value of `type` from suite JSON such as a case's `params`.
    package static func decode<T: Decodable>(_ type: T.Type, from json: JSONValue) throws -> T {
        try TreeDecoder.protocolSuite.decode(type, from: json)
    }
}
