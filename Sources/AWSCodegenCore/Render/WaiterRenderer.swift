/// Renders the waiters: their descriptors as data on the client, the `waitUntil...` methods on the API
/// protocol (so stubs get them too), and the model member names that the waiters' paths read.
struct WaiterRenderer {
    let module: ModuleIR

    func render(into w: inout CodeWriter) {
        guard !module.waiters.isEmpty else { return }
        let access = AccessRenderer.modifier(module.access)
        let descriptors = module.qualified(module.clientName) + ".Waiters"
        w.block("extension \(module.qualified(module.clientName))") { w in
            w.docs(["The model's waiters (`waiters-2.json`), which the `waitUntil...` methods run."])
            w.block("\(access)enum Waiters") { w in
                for (index, waiter) in module.waiters.enumerated() {
                    if index > 0 { w.line() }
                    w.docs(["The `\(waiter.name)` waiter."])
                    w.line("\(access)static let \(SwiftNames.escaped(waiter.propertyName)) = AWSWaiter(")
                    w.line("    name: \(SwiftLiteral.string(waiter.name)),")
                    w.line("    minDelay: .seconds(\(waiter.delay)),")
                    if let maxDelay = waiter.maxDelay { w.line("    maxDelay: .seconds(\(maxDelay)),") }
                    w.line("    acceptors: [")
                    for acceptor in waiter.acceptors {
                        w.line("        AWSWaiterAcceptor(.\(acceptor.state.rawValue), \(matcher(acceptor.matcher))),")
                    }
                    w.line("    ]")
                    w.line(")")
                }
            }
        }
        w.line()
        w.block("extension \(module.qualified(module.apiName))") { w in
            for (index, waiter) in module.waiters.enumerated() {
                if index > 0 { w.line() }
                w.docs(documentation(waiter))
                ClientRenderer.deprecation(waiter.deprecatedMessage, into: &w)
                let parameter = waiter.inputType.map { "_ input: \($0), " } ?? ""
                let call = "try await self.\(SwiftNames.escaped(waiter.operationMethod))(\(waiter.inputType == nil ? "" : "input"))"
                let defaultWait = waiter.maxAttempts.map { " = .seconds(\(waiter.delay * $0))" } ?? ""
                w.block("\(access)func \(waiter.methodName)(\(parameter)maxWait: Duration\(defaultWait)) async throws") { w in
                    let descriptor = "\(descriptors).\(SwiftNames.escaped(waiter.propertyName))"
                    // Only an output that a path reads is encoded (the runtime evaluates the path over it).
                    if waiter.hasOutput, waiter.readsOutput {
                        w.line("try await \(descriptor).wait(maxWait: maxWait) { \(call) }")
                    } else {
                        w.block("try await \(descriptor).wait(maxWait: maxWait)") { w in
                            w.line(verbatim: waiter.hasOutput ? "_ = \(call)" : call)
                            w.line("return AWSEmptyShape()")
                        }
                    }
                }
            }
        }
        for shape in module.modelNamedShapes {
            w.line()
            w.block("\(AccessRenderer.spiAttribute(module.access))extension \(module.qualified(shape.typeName)): AWSModelNamed") { w in
                w.docs(["The model's names of the members that go by other names on the wire."])
                let entries = shape.names.map { "\(SwiftLiteral.string($0.codingKey)): \(SwiftLiteral.string($0.modelName))" }
                w.line("\(access)static let awsModelNames = [\(entries.joined(separator: ", "))]")
            }
        }
    }

    /// The doc comment of a waiter's method: the model's description, the operation it polls and how long.
    private func documentation(_ waiter: WaiterIR) -> [String] {
        let summary = waiter.description.map { [$0.hasSuffix(".") ? $0 : $0 + ".", ""] } ?? []
        let method = "\(waiter.operationMethod)(\(waiter.inputType == nil ? "" : "_:"))"
        let limit = waiter.maxAttempts.map { "by default the model's \($0) attempts' worth" } ?? "the model sets no limit"
        return summary + [
            "Polls ``\(method)`` until the `\(waiter.name)` waiter's success state:",
            "first every \(seconds(waiter.delay)), then less often.",
            "",
            "- Parameter maxWait: How long to keep polling; \(limit).",
            "- Throws: `AWSWaiterError` when the waiter reaches a failure state, meets an error no acceptor",
            "  expects, or runs out of time.",
        ]
    }

    /// `1 second`, `5 seconds`.
    private func seconds(_ count: Int) -> String {
        count == 1 ? "1 second" : "\(count) seconds"
    }

    private func matcher(_ matcher: Waiter.Matcher) -> String {
        switch matcher {
        case .path(let path, let expected): ".path(\(SwiftLiteral.string(path)), expected: \(value(expected)))"
        case .pathAll(let path, let expected): ".pathAll(\(SwiftLiteral.string(path)), expected: \(value(expected)))"
        case .pathAny(let path, let expected): ".pathAny(\(SwiftLiteral.string(path)), expected: \(value(expected)))"
        case .status(let status): ".status(\(status))"
        case .errorCode(let code): ".errorCode(\(SwiftLiteral.string(code)))"
        case .error(let isError): ".error(\(isError))"
        }
    }

    private func value(_ value: Waiter.Value) -> String {
        switch value {
        case .string(let text): ".string(\(SwiftLiteral.string(text)))"
        case .bool(let flag): ".bool(\(flag))"
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? ".int(\(Int64(number)))" : ".double(\(number))"
        }
    }
}
