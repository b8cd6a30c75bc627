#if canImport(FoundationNetworking) || canImport(Darwin)
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension AWSURLSessionTransport {
    /// The `AWSTransportError` kind of an error from `URLSession`.
    static func kind(of error: any Error) -> AWSTransportError.Kind {
        guard let error = error as? URLError else { return .other }
        switch error.code {
        case .timedOut:
            return .timeout
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
            .secureConnectionFailed, .cannotLoadFromNetwork, .internationalRoamingOff, .dataNotAllowed,
            .callIsActive:
            return .connectionFailed
        case .networkConnectionLost:
            return .connectionClosed
        default:
            return .other
        }
    }
}
#endif
