import Testing

@testable import AWSRuntime

/// `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY`: parsing, which wins, and which hosts bypass the proxy.
@Suite struct AWSProxySettingsTests {
    @Test func proxiesComeFromTheEnvironmentLowercaseFirst() throws {
        let settings = try AWSProxySettings(environment: [
            "HTTP_PROXY": "http://upper.example:3128", "http_proxy": "lower.example:8080",
            "HTTPS_PROXY": "http://user:p%40ss@secure.example", "NO_PROXY": "localhost, .internal.example,10.0.0.0/8",
        ])
        #expect(settings.http == AWSProxySettings.Proxy(host: "lower.example", port: 8080))
        #expect(settings.https == AWSProxySettings.Proxy(host: "secure.example", port: 80, user: "user", password: "p@ss"))
        #expect(settings.https?.credentials?.password == "p@ss")
        #expect(settings.noProxy == ["localhost", ".internal.example", "10.0.0.0/8"])
        #expect(try AWSProxySettings(environment: ["HTTP_PROXY": ""]).isEmpty)
    }

    @Test func aPasswordNeverAppearsInADescriptionOrAnError() throws {
        let settings = try AWSProxySettings(environment: ["HTTPS_PROXY": "http://user:hunter2@proxy.example:9"])
        #expect(String(describing: settings).contains("hunter2") == false)
        #expect(settings.https?.description == "user:…@proxy.example:9")
        let error = #expect(throws: AWSConfigurationError.self) {
            try AWSProxySettings(environment: ["https_proxy": "socks5://user:hunter2@proxy.example:9"])
        }
        #expect(error?.message.contains("https_proxy") == true)
        #expect(error?.message.contains("hunter2") == false)
    }

    @Test func malformedProxiesAreErrorsNamingTheVariable() {
        for value in ["http://", "https://tls-proxy.example", "http://proxy.example/path"] {
            let error = #expect(throws: AWSConfigurationError.self) { try AWSProxySettings(environment: ["HTTP_PROXY": value]) }
            #expect(error?.message.contains("HTTP_PROXY") == true, "\(value)")
        }
    }

    @Test func theSchemePicksTheProxyAndNoProxyBypassesIt() {
        let http = AWSProxySettings.Proxy(host: "plain", port: 1)
        let https = AWSProxySettings.Proxy(host: "secure", port: 2)
        let settings = AWSProxySettings(
            http: http, https: https, noProxy: ["localhost", ".internal.example", "*.corp.example", "api.example:8443", "10.0.0.0/8", "192.168.1.7"])
        #expect(settings.proxy(scheme: "http", host: "s3.amazonaws.com", port: nil) == http)
        #expect(settings.proxy(scheme: "https", host: "s3.amazonaws.com", port: nil) == https)
        for host in ["localhost", "internal.example", "db.internal.example", "x.corp.example", "10.1.2.3", "192.168.1.7"] {
            #expect(settings.proxy(scheme: "https", host: host, port: nil) == nil, "\(host)")
        }
        for host in ["notinternal.example", "localhost.example", "11.1.2.3", "192.168.1.8"] {
            #expect(settings.proxy(scheme: "https", host: host, port: nil) == https, "\(host)")
        }
        #expect(settings.proxy(scheme: "https", host: "api.example", port: 8443) == nil)
        #expect(settings.proxy(scheme: "https", host: "api.example", port: nil) == https)
        #expect(AWSProxySettings(https: https, noProxy: ["*"]).proxy(scheme: "https", host: "anything", port: nil) == nil)
        #expect(AWSProxySettings(https: https).proxy(scheme: "http", host: "anything", port: nil) == nil)
    }
}
