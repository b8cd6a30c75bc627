#if AsyncHTTPClient || canImport(FoundationNetworking) || canImport(Darwin)
#if AsyncHTTPClient
import AsyncHTTPClient
import Foundation
#elseif canImport(FoundationNetworking)
import FoundationNetworking
#else
import Foundation
#endif

/// The transport to use when no other is chosen.
public enum AWSDefaultTransport {
    /// One transport for the whole process: when the `AsyncHTTPClient` package trait is on (the default),
    /// `AWSHTTPClientTransport` on a process-wide client with `recommendedConfiguration` (no redirects, no
    /// retry of refused connections: the AWS client retries itself), which lives as long as the process, and
    /// with the proxies of `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` (``AWSProxySettings``; when one is malformed,
    /// every request fails with the `AWSConfigurationError` that names it); else `AWSURLSessionTransport` on
    /// `URLSession.shared`.
    public static var shared: any AWSTransport { instance }

    #if AsyncHTTPClient
    private static let instance = make(environment: ProcessInfo.processInfo.environment)

    /// The default transport for `environment`: with its proxies when it names any, one that fails every request
    /// when a proxy variable is malformed, else a direct one.
    static func make(environment: [String: String]) -> any AWSTransport {
        do {
            let proxies = try AWSProxySettings(environment: environment)
            guard proxies.isEmpty else { return AWSHTTPClientTransport(proxies: proxies) }
        } catch {
            return UnusableTransport(error: error)
        }
        return AWSHTTPClientTransport(
            client: HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: AWSHTTPClientTransport.recommendedConfiguration))
    }
    #else
    private static let instance: any AWSTransport = AWSURLSessionTransport(session: .shared)
    #endif
}
#endif
