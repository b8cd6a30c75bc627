import Crypto
import Foundation

@testable import AWSRuntime

/// Checks of a SigV4a signature, which differs at every signing and so cannot be compared with the suite's.
enum SigV4aSignatureCheck {
    /// The bytes of the hex string `hex`; nil when it is not hex.
    static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for start in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[start..<start + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    /// The public key of a case's `public-key.json` (`{"X": hex, "Y": hex}`).
    static func publicKey(json: String) throws -> P256.Signing.PublicKey {
        let value = try JSONValue.parse(json)
        guard let x = value["X"]?.stringValue.flatMap(bytes(hex:)), let y = value["Y"]?.stringValue.flatMap(bytes(hex:)) else {
            throw CheckError(description: "public-key.json has no hex X and Y")
        }
        return try P256.Signing.PublicKey(x963Representation: [0x04] + x + y)
    }

    /// Whether `signature`, the hex of a DER-encoded ECDSA signature, signs `stringToSign` with `publicKey`.
    static func verifies(signature: String, stringToSign: String, publicKey: P256.Signing.PublicKey) -> Bool {
        guard let der = bytes(hex: signature), let signature = try? P256.Signing.ECDSASignature(derRepresentation: der) else {
            return false
        }
        return publicKey.isValidSignature(signature, for: Array(stringToSign.utf8))
    }

    /// The signature in a SigV4a `Authorization` value (after `Signature=`), or nil.
    static func signature(inAuthorization value: String) -> String? {
        value.range(of: "Signature=").map { String(value[$0.upperBound...]) }
    }

    /// `request` with its signature (the `X-Amz-Signature` query value and the `Signature=` part of
    /// `Authorization`) replaced by a placeholder, and its header fields sorted by lowercased name (fields of one
    /// name keep their order): what must be equal between two signings of one request.
    static func withoutSignature(_ request: AWSHTTPRequest) -> AWSHTTPRequest {
        var request = request
        request.query = request.query.map { item in
            item.name == "X-Amz-Signature" ? AWSHTTPRequest.QueryItem(name: item.name, value: "<signature>") : item
        }
        let fields = request.headers.fields.enumerated().sorted { a, b in
            let (x, y) = (a.element.name.lowercased(), b.element.name.lowercased())
            return x != y ? x < y : a.offset < b.offset
        }
        request.headers = AWSHTTPHeaders(fields.map { field in
            let value = field.element.value
            let name = field.element.name.lowercased()
            return (name, name == "authorization" ? withoutSignature(authorization: value) : value)
        })
        return request
    }

    /// The `Authorization` value `value` with what follows `Signature=` replaced by a placeholder.
    static func withoutSignature(authorization value: String) -> String {
        guard let range = value.range(of: "Signature=") else { return value }
        return value[..<range.upperBound] + "<signature>"
    }

    struct CheckError: Error, CustomStringConvertible {
        let description: String
    }
}
