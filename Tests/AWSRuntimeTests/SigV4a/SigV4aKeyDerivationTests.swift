import Crypto
import Foundation
import Testing

@testable import AWSRuntime

/// The SigV4a key derivation against AWS's signing suite (aws-c-auth): every v4a case's credentials derive to the
/// public key the case gives, and that key verifies the signatures the suite made over its strings to sign.
@Suite struct SigV4aKeyDerivationTests {
    static let suite = "aws-c-auth/aws-signing-test-suite/v4a"

    static func cases() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: TestResources.root.appendingPathComponent(suite).path).sorted()
    }

    static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
    }

    @Test func theSuiteHasFortyCases() throws {
        #expect(try Self.cases().count == 40)
    }

    @Test(arguments: try cases())
    func derivesTheCasesPublicKeyAndVerifiesItsSignatures(_ name: String) throws {
        let folder = Self.suite + "/" + name
        let context = try JSONValue.parse(try TestResources.text(folder + "/context.json"))
        let credentials = try #require(context["credentials"])
        let key = try SigV4aKeyDerivation.privateKey(
            accessKeyId: try #require(credentials["access_key_id"]?.stringValue),
            secretAccessKey: try #require(credentials["secret_access_key"]?.stringValue))
        if let publicKey = try? JSONValue.parse(try TestResources.text(folder + "/public-key.json")) {
            let expected = [0x04] + Self.bytes(hex: try #require(publicKey["X"]?.stringValue))
                + Self.bytes(hex: try #require(publicKey["Y"]?.stringValue))
            #expect(Array(key.publicKey.x963Representation) == expected)
        }
        // Two cases (get-vanilla-query-order-key and -value) hold only the request and its context.
        for mode in ["header", "query"] where (try? TestResources.text(folder + "/\(mode)-signature.txt")) != nil {
            let stringToSign = Array(try TestResources.text(folder + "/\(mode)-string-to-sign.txt").utf8)
            let signature = try P256.Signing.ECDSASignature(
                derRepresentation: Self.bytes(hex: try TestResources.text(folder + "/\(mode)-signature.txt")))
            #expect(key.publicKey.isValidSignature(signature, for: stringToSign), "\(name) \(mode)")
        }
    }
}
