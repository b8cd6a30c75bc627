extension AWSWaiter {
    /// Calls `operation` until an acceptor moves the waiter to its success state, waiting between
    /// attempts as `delay(after:remaining:random:)` says.
    ///
    /// Throws `AWSWaiterError` when a failure acceptor matches, when the operation throws an error that no
    /// acceptor matches, or when `maxWait` passes; `CancellationError` when the task is cancelled; and the
    /// `JMESPathError` of an invalid path.
    public func wait<Output: Encodable>(maxWait: Duration, operation: () async throws -> Output) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let readsOutput = acceptors.contains { $0.expression != nil }
        var attempts = 0
        func stop(_ reason: AWSWaiterError.Reason) -> AWSWaiterError {
            AWSWaiterError(waiter: name, reason: reason, attempts: attempts, elapsed: clock.now - start)
        }
        while true {
            attempts += 1
            let outcome: AWSWaiterOutcome
            let recorder = ResponseStatusRecorder()
            do {
                let output = try await ResponseStatusRecorder.$current.withValue(recorder) { try await operation() }
                outcome = .output(readsOutput ? try Self.json(output) : .null, status: recorder.status ?? 200)
            } catch {
                if error is CancellationError || Task.isCancelled { throw CancellationError() }
                outcome = .error(error)
            }
            if let acceptor = try acceptors.first(where: { try $0.matches(outcome) }) {
                switch acceptor.state {
                case .success: return
                case .failure: throw stop(.failureState(acceptor))
                case .retry: break
                }
            } else if case .error(let error) = outcome {
                throw stop(.unexpectedError(error))
            }
            guard let delay = delay(after: attempts, remaining: maxWait - (clock.now - start), random: .random(in: 0...1)) else {
                throw stop(.timedOut)
            }
            try await Task.sleep(for: delay)
        }
    }

    /// `output` as botocore's parsed response: members by their model names, no generated tokens.
    static func json<Output: Encodable>(_ output: Output) throws -> JSONValue {
        try TreeEncoder(tokenGenerator: nil, modelNames: true).encode(output)
    }
}
