import AWSJSON
import Testing

@testable import AWSEndpointRules

@Suite struct EndpointFunctionTests {
    @Test func parsesURLs() {
        #expect(
            EndpointFunctions.parseURL("https://example.com")
                == .object([
                    "scheme": .string("https"), "authority": .string("example.com"), "path": .string(""),
                    "normalizedPath": .string("/"), "isIp": .bool(false),
                ]))
        #expect(
            EndpointFunctions.parseURL("http://example.com:8443/foo/bar")
                == .object([
                    "scheme": .string("http"), "authority": .string("example.com:8443"), "path": .string("/foo/bar"),
                    "normalizedPath": .string("/foo/bar/"), "isIp": .bool(false),
                ]))
        #expect(EndpointFunctions.parseURL("https://127.0.0.1:8000/path/")?["isIp"] == .bool(true))
        #expect(EndpointFunctions.parseURL("https://127.0.0.1:8000/path/")?["normalizedPath"] == .string("/path/"))
        #expect(EndpointFunctions.parseURL("https://[fe80::1]:443/")?["isIp"] == .bool(true))
        #expect(EndpointFunctions.parseURL("https://[fe80::1]:443/")?["authority"] == .string("[fe80::1]:443"))
    }

    @Test(arguments: [
        "https://example.com?query=1", "https://example.com/path#fragment", "ftp://example.com", "example.com",
        "https://", "https://host:port", "https://host:", "https://[::1", "https://user@host", "https://a b.com",
    ])
    func rejectsUnsupportedURLs(url: String) {
        #expect(EndpointFunctions.parseURL(url) == nil)
    }

    @Test func takesSubstrings() {
        #expect(EndpointFunctions.substring("abcdefg", start: 0, stop: 4, reverse: false) == "abcd")
        #expect(EndpointFunctions.substring("abcdefg", start: 0, stop: 4, reverse: true) == "defg")
        #expect(EndpointFunctions.substring("abcdefg", start: 1, stop: 3, reverse: true) == "ef")
        #expect(EndpointFunctions.substring("abcdefg", start: 0, stop: 7, reverse: false) == "abcdefg")
        #expect(EndpointFunctions.substring("abc", start: 0, stop: 4, reverse: false) == nil)
        #expect(EndpointFunctions.substring("abc", start: 2, stop: 2, reverse: false) == nil)
        #expect(EndpointFunctions.substring("abc", start: -1, stop: 2, reverse: false) == nil)
        #expect(EndpointFunctions.substring("aé-bcd", start: 0, stop: 2, reverse: false) == nil)
    }

    @Test func encodesURIComponents() {
        #expect(EndpointFunctions.uriEncode("a b/c?d=e&f") == "a%20b%2Fc%3Fd%3De%26f")
        #expect(EndpointFunctions.uriEncode("AZaz09-._~") == "AZaz09-._~")
        #expect(EndpointFunctions.uriEncode("é😀") == "%C3%A9%F0%9F%98%80")
    }

    @Test(arguments: [
        ("abc", false, true), ("a-b-1", false, true), ("-abc", false, false), ("abc-", false, false),
        ("", false, false), ("a_b", false, false), ("a.b", false, false), ("a.b", true, true),
        ("a..b", true, false), ("a.b.", true, false), ("-a.b", true, false),
        (String(repeating: "a", count: 63), false, true), (String(repeating: "a", count: 64), false, false),
    ])
    func checksHostLabels(value: String, allowSubDomains: Bool, expected: Bool) {
        #expect(EndpointFunctions.isValidHostLabel(value, allowSubDomains: allowSubDomains) == expected)
    }

    @Test func parsesARNs() {
        #expect(
            EndpointFunctions.parseArn("arn:aws:s3:us-east-2:012345678:outpost:op-1234")
                == .object([
                    "partition": .string("aws"), "service": .string("s3"), "region": .string("us-east-2"),
                    "accountId": .string("012345678"), "resourceId": .array([.string("outpost"), .string("op-1234")]),
                ]))
        let iam = EndpointFunctions.parseArn("arn:aws:iam::123456789012:user/johndoe")
        #expect(iam?["region"] == .string(""))
        #expect(iam?["resourceId"] == .array([.string("user"), .string("johndoe")]))
        #expect(EndpointFunctions.parseArn("arn:aws:s3:::bucket")?["resourceId"] == .array([.string("bucket")]))
        #expect(
            EndpointFunctions.parseArn("arn:aws:s3:r:1:accesspoint/ap:x")?["resourceId"]
                == .array([.string("accesspoint"), .string("ap"), .string("x")]))
    }

    @Test(arguments: [
        "arn:aws:s3", "arn:aws:s3:r:a", "nope:aws:s3:r:a:res", "arn::s3:r:a:res", "arn:aws::r:a:res", "arn:aws:s3:r:a:",
    ])
    func rejectsInvalidARNs(arn: String) {
        #expect(EndpointFunctions.parseArn(arn) == nil)
    }

    @Test(arguments: [
        ("mybucket", false, true), ("my-bucket-1", false, true), ("my.bucket", false, false), ("my.bucket", true, true),
        ("ab", false, false), ("MyBucket", false, false), ("192.168.1.1", true, false), ("my-bucket-", false, false),
        ("my..bucket", true, false), (String(repeating: "a", count: 63), false, true),
        (String(repeating: "a", count: 64), false, false), ("a.b.c", true, true),
    ])
    func checksVirtualHostableBuckets(value: String, allowSubDomains: Bool, expected: Bool) {
        #expect(EndpointFunctions.isVirtualHostableS3Bucket(value, allowSubDomains: allowSubDomains) == expected)
    }

    @Test(arguments: [
        ("a--b--c", "--", 0, ["a", "b", "c"]), ("a--b--c", "--", 2, ["a", "b--c"]), ("a--b--c", "--", 1, ["a--b--c"]),
        ("a--b--c--d", "--", 3, ["a", "b", "c--d"]), ("", "--", 0, [""]), ("--", "--", 0, ["", ""]),
        ("----", "--", 0, ["", "", ""]), ("--b--", "--", 0, ["", "b", ""]), ("abc", "x", 0, ["abc"]),
    ])
    func splitsStrings(value: String, delimiter: String, limit: Int, expected: [String]) {
        #expect(EndpointFunctions.split(value, delimiter: delimiter, limit: limit) == expected)
    }

    @Test func refusesToSplitOnNothing() {
        #expect(EndpointFunctions.split("abc", delimiter: "", limit: 0) == nil)
        #expect(EndpointFunctions.split("abc", delimiter: "b", limit: -1) == nil)
    }
}
