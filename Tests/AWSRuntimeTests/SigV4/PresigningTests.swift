import Foundation
import Testing

@testable import AWSRuntime

/// Query signing through ``AWSRequestSigner``, and the expiry range.
@Suite struct PresigningTests {
    static let credentials = AWSCredentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: "token")
    static let date = Date(timeIntervalSince1970: 1_440_938_160)
    static let signers: [any AWSRequestSigner] = [
        AWSSigV4Signer(region: "us-east-1", service: "service"),
        AWSSigV4aSigner(regionSet: ["us-east-1"], service: "service"),
    ]

    @Test(arguments: [0, -1, 604_801, Int.max, Int.min])
    func rejectsAnExpiryOutOfRange(_ expires: Int) {
        for signer in Self.signers {
            var request = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
            #expect(throws: AWSPresigningError.expiresOutOfRange(expires)) {
                try signer.presign(&request, credentials: Self.credentials, date: Self.date, expires: expires)
            }
            #expect(request == AWSHTTPRequest(method: "GET", host: "example.amazonaws.com"), "left unchanged")
        }
    }

    @Test(arguments: [1, 604_800])
    func acceptsTheBoundsOfTheRange(_ expires: Int) throws {
        for signer in Self.signers {
            var request = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
            try signer.presign(&request, credentials: Self.credentials, date: Self.date, expires: expires)
            #expect(request.query.first { $0.name == "X-Amz-Expires" }?.value == String(expires))
            #expect(request.query.last?.name == "X-Amz-Signature")
        }
    }

    @Test func presigningAgainReplacesTheParameters() throws {
        for signer in Self.signers {
            var request = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com", query: [.init(name: "a", value: "1")])
            try signer.presign(&request, credentials: Self.credentials, date: Self.date, expires: 60)
            let once = request.query.map(\.name)
            try signer.presign(&request, credentials: Self.credentials, date: Self.date, expires: 120)
            #expect(request.query.map(\.name) == once)
            #expect(request.query.first { $0.name == "X-Amz-Expires" }?.value == "120")
            #expect(request.headers["Host"] == "example.amazonaws.com")
            #expect(request.headers["Authorization"] == nil)
        }
    }

    @Test func headerSigningThroughTheProtocol() throws {
        for signer in Self.signers {
            var request = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
            try signer.sign(&request, credentials: Self.credentials, date: Self.date)
            #expect(request.headers["X-Amz-Security-Token"] == "token")
            #expect(request.headers["Authorization"] != nil)
        }
    }

    @Test func anUnsignedSessionTokenIsAddedAfterSigning() throws {
        let signers: [any AWSRequestSigner] = [
            AWSSigV4Signer(region: "us-east-1", service: "service", signsSessionToken: false),
            AWSSigV4aSigner(regionSet: ["us-east-1"], service: "service", signsSessionToken: false),
        ]
        for signer in signers {
            var request = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
            try signer.sign(&request, credentials: Self.credentials, date: Self.date)
            #expect(request.headers.values("X-Amz-Security-Token") == ["token"])
            #expect(request.headers["Authorization"]?.contains("x-amz-security-token") == false)
            var presigned = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
            try signer.presign(&presigned, credentials: Self.credentials, date: Self.date, expires: 60)
            #expect(presigned.query.filter { $0.name == "X-Amz-Security-Token" }.map(\.value) == ["token"])
        }
    }
}
