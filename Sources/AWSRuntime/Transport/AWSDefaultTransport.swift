#if AsyncHTTPClient || canImport(FoundationNetworking) || canImport(Darwin)
#if AsyncHTTPClient
import AsyncHTTPClient
#elseif canImport(FoundationNetworking)
import FoundationNetworking
#else
import Foundation
#endif

/// The transport to use when no other is chosen.
public enum AWSDefaultTransport {
    /// One transport for the whole process: `AWSHTTPClientTransport` on `HTTPClient.shared` when the
    /// `AsyncHTTPClient` package trait is on (the default), else `AWSURLSessionTransport` on `URLSession.shared`.
    public static var shared: any AWSTransport { instance }

    #if AsyncHTTPClient
    private static let instance: any AWSTransport = AWSHTTPClientTransport(client: .shared)
    #else
    private static let instance: any AWSTransport = AWSURLSessionTransport(session: .shared)
    #endif
}
#endif
