import Foundation

/// The endpoint that a service's endpoint operation (Timestream's `DescribeEndpoints`) gave, kept per client until its
/// `CachePeriodInMinutes` runs out or the service says it is no longer valid, as botocore's `EndpointDiscoveryManager`
/// keeps it (for services whose endpoint operation takes no identifiers, which is all that require discovery).
final class EndpointDiscovery: @unchecked Sendable {
    /// The error code with which a service rejects a discovered endpoint that is no longer valid; status 421 means the
    /// same.
    static let invalidEndpointCode = "InvalidEndpointException"

    private let lock = NSLock()
    private let now: @Sendable () -> Date
    private var cached: (endpoint: AWSEndpoint, expires: Date)?

    /// An empty cache on `now` (the system clock by default).
    init(now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
    }

    /// The endpoint discovered before, while it is valid.
    var endpoint: AWSEndpoint? {
        lock.withLock {
            guard let cached, cached.expires > now() else { return nil }
            return cached.endpoint
        }
    }

    /// Keeps the first endpoint of `response` for its cache period; throws `AWSResponseDecodingError` when it has none or
    /// its address is not a host.
    @discardableResult
    func store(_ response: DescribeEndpointsOutput, operation: String) throws -> AWSEndpoint {
        guard let first = response.endpoints.first else {
            throw AWSResponseDecodingError(operation: operation, status: 200, path: "Endpoints", reason: "the service gave no endpoint")
        }
        let url = first.address.contains("://") ? first.address : "https://" + first.address
        let endpoint: AWSEndpoint
        do {
            endpoint = try AWSEndpoint(url: url)
        } catch {
            throw AWSResponseDecodingError(
                operation: operation, status: 200, path: "Endpoints[0].Address", reason: "'\(first.address)' is not an endpoint")
        }
        let minutes = max(0, min(first.cachePeriodInMinutes, 24 * 60))
        lock.withLock { cached = (endpoint, now() + Double(minutes) * 60) }
        return endpoint
    }

    /// Forgets the endpoint, after the service said it is no longer valid.
    func invalidate() {
        lock.withLock { cached = nil }
    }

    /// Whether `error` says the discovered endpoint is no longer valid.
    static func isInvalidEndpoint(_ error: any Error) -> Bool {
        guard let service = error as? any AWSServiceError else { return false }
        return service.context.code == invalidEndpointCode || service.context.status == 421
    }
}

/// The output of an endpoint operation: `{"Endpoints": [{"Address": …, "CachePeriodInMinutes": …}]}`.
struct DescribeEndpointsOutput: AWSDecodableShape {
    /// One endpoint.
    struct Endpoint: AWSDecodableShape {
        let address: String
        let cachePeriodInMinutes: Int64

        init(address: String, cachePeriodInMinutes: Int64) {
            self.address = address
            self.cachePeriodInMinutes = cachePeriodInMinutes
        }

        init(from decoder: any Decoder) throws {
            let reader = try AWSKeyedReader(decoder)
            address = try reader.decode("Address")
            cachePeriodInMinutes = try reader.decode("CachePeriodInMinutes")
        }
    }

    let endpoints: [Endpoint]

    init(endpoints: [Endpoint]) {
        self.endpoints = endpoints
    }

    init(from decoder: any Decoder) throws {
        endpoints = try AWSKeyedReader(decoder).decode("Endpoints")
    }
}
