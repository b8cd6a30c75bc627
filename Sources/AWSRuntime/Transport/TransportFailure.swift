/// Turns whatever a transport's HTTP stack threw into what `AWSTransport.send` throws.
enum TransportFailure {
    /// `CancellationError` when the current task is cancelled, an `AWSTransportError` as it is, and any
    /// other error as an `AWSTransportError` of the kind `classify` gives it.
    static func surface(_ error: any Error, classify: (any Error) -> AWSTransportError.Kind) -> any Error {
        if Task.isCancelled { return CancellationError() }
        if error is AWSTransportError || error is CancellationError { return error }
        return AWSTransportError(classify(error), String(describing: error))
    }
}
