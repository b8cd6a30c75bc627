import Foundation
import Testing

import AWSRuntime

@Suite struct SigV4AWSCredentialsTests {
    let credentials = AWSCredentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret-value", sessionToken: "token-value",
        expiration: Date(timeIntervalSince1970: 0))

    @Test func descriptionsRedactSecrets() {
        var dumped = ""
        dump(credentials, to: &dumped)
        for text in [credentials.description, credentials.debugDescription, String(reflecting: credentials), "\(credentials)", dumped] {
            #expect(text.contains("AKIDEXAMPLE"))
            #expect(!text.contains("secret-value"))
            #expect(!text.contains("token-value"))
        }
    }

    @Test func mirrorRedactsSecrets() {
        let children = Dictionary(
            uniqueKeysWithValues: Mirror(reflecting: credentials).children.map { ($0.label!, "\($0.value)") })
        #expect(children["accessKeyId"] == "AKIDEXAMPLE")
        #expect(children["secretAccessKey"] == "<redacted>")
        #expect(children["sessionToken"] == "Optional(\"<redacted>\")")
    }
}
