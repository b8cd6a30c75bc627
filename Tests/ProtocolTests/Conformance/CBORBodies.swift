import AWSCBOR
@_spi(Generated) import AWSRuntime
import Foundation

/// The rpc-v2-cbor suites' bodies: written in base64, and compared as decoded CBOR values, since map order
/// and the width of a float or an integer's head may differ between encoders that agree on the value.
enum CBORBodies {
    /// Whether `service` speaks rpc-v2-cbor, whose suite bodies are base64 CBOR.
    static func isCBOR(_ service: AWSServiceDescriptor) -> Bool {
        service.protocol.name == "smithy-rpc-v2-cbor"
    }

    /// The bytes of a suite body written in base64.
    static func bytes(base64 text: String) -> [UInt8] {
        Array(Data(base64Encoded: text) ?? Data())
    }

    /// Whether a request body is the CBOR item that the suite's base64 `expected` holds (both empty also matches).
    static func match(_ actual: [UInt8], base64 expected: String) -> Bool {
        let want = bytes(base64: expected)
        if want.isEmpty || actual.isEmpty { return want.isEmpty && actual.isEmpty }
        guard let wanted = try? CBORValue.decode(want), let got = try? CBORValue.decode(actual) else { return false }
        return equivalent(got, wanted)
    }

    /// Equal values, where numbers compare by value whatever their width (NaN equals NaN), and maps by key.
    static func equivalent(_ a: CBORValue, _ b: CBORValue) -> Bool {
        if let x = number(a), let y = number(b) { return x == y || (x.isNaN && y.isNaN) }
        switch (a, b) {
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy(equivalent)
        case (.map(let x), .map(let y)):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { equivalent(value, $0) } ?? false }
        case (.tagged(let t, let x), .tagged(let u, let y)):
            return t == u && equivalent(x, y)
        default:
            return a == b
        }
    }

    private static func number(_ value: CBORValue) -> Double? {
        switch value {
        case .unsigned, .negative, .float, .double: value.doubleValue
        default: nil
        }
    }

    /// A short text of a body for failure messages.
    static func describe(_ body: [UInt8]) -> String {
        (try? CBORValue.decode(body)).map { "\($0)" } ?? Data(body).base64EncodedString()
    }
}
