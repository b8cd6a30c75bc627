import LoopbackTesting

/// A server that stops answering partway through a response.
enum Stall: String, CaseIterable, Sendable {
    /// No response at all.
    case noAnswer
    /// The head and part of the body, then nothing.
    case stalledBody

    /// The loopback server behaviour that plays it.
    var behavior: LoopbackHTTPServer.Behavior {
        switch self {
        case .noAnswer: .neverAnswer
        case .stalledBody: .stallMidResponse(contentLength: 100, bodyPrefix: Array("partial".utf8))
        }
    }
}
