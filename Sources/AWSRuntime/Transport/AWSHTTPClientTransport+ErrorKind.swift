#if AsyncHTTPClient
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

extension AWSHTTPClientTransport {
    /// The `AWSTransportError` kind of an error from AsyncHTTPClient or SwiftNIO.
    static func kind(of error: any Error) -> AWSTransportError.Kind {
        switch error {
        case let error as HTTPClientError:
            return kind(of: error)
        case is NIOConnectionError:
            return .connectionFailed
        case let error as ChannelError:
            return kind(of: error)
        case let error as IOError:
            return kind(ofErrno: error.errnoCode)
        case HTTPParserError.invalidEOFState:
            return .connectionClosed
        default:
            return .other
        }
    }

    private static func kind(of error: HTTPClientError) -> AWSTransportError.Kind {
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout:
            return .timeout
        case .connectTimeout, .tlsHandshakeTimeout, .socksHandshakeTimeout, .httpProxyHandshakeTimeout,
            .getConnectionFromPoolTimeout:
            return .connectionFailed
        case .remoteConnectionClosed:
            return .connectionClosed
        default:
            return .other
        }
    }

    private static func kind(of error: ChannelError) -> AWSTransportError.Kind {
        switch error {
        case .connectTimeout:
            return .connectionFailed
        case .ioOnClosedChannel, .alreadyClosed, .eof, .inputClosed, .outputClosed:
            return .connectionClosed
        default:
            return .other
        }
    }

    /// The kind of a socket error once connected; failed connects arrive as `NIOConnectionError`.
    private static func kind(ofErrno code: CInt) -> AWSTransportError.Kind {
        switch code {
        case ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL:
            return .connectionFailed
        case ECONNRESET, ECONNABORTED, EPIPE, ETIMEDOUT:
            return .connectionClosed
        default:
            return .other
        }
    }
}
#endif
