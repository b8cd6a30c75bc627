import AWSRuntime
import Testing

/// Which transport `AWSDefaultTransport` picks.
@Suite struct AWSDefaultTransportTests {
    @Test func sharedIsOneTransportOfTheBuildsKind() {
        #if AsyncHTTPClient
        let transport = AWSDefaultTransport.shared as? AWSHTTPClientTransport
        #else
        let transport = AWSDefaultTransport.shared as? AWSURLSessionTransport
        #endif
        #expect(transport != nil)
        #expect(transport === (AWSDefaultTransport.shared as AnyObject))
    }
}
