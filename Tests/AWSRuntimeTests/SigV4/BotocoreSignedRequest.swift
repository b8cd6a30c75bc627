import Foundation

/// The output of `botocore_oracle.py request ... --signed`, as stored under `Resources/oracle`.
struct BotocoreSignedRequest: Decodable {
    struct Signing: Decodable {
        let time: String
        let accessKey: String
        let secretKey: String
        let region: String
        let canonicalRequest: String
        let stringToSign: String
    }

    let method: String
    let url: String
    let headers: [String: String]
    let body: String
    let signing: Signing

    /// Loads `Resources/oracle/<name>.json`.
    static func load(_ name: String) throws -> BotocoreSignedRequest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Self.self, from: Data(TestResources.text("oracle/\(name).json").utf8))
    }
}
