extension IRBuilder {
    /// The paginators of the operations that the client has, or would have once the runtime speaks the
    /// model's protocol, and the paginators that get no methods, with the reason.
    func paginators(structs: [String: StructIR]) -> (paginators: [PaginatorIR], gaps: [PaginatorGap]) {
        // Paginators name operations by their key in the model, which can differ from the operation's `name`
        // (CloudFront's `ListDistributions` is `ListDistributions2020_05_31`).
        let selected = Set(selection.operations.map(\.name))
        let leftOut = Set(inputEventStreamOperations)
        let resolver = PaginatorResolver(builder: self, structs: structs)
        var paginators: [PaginatorIR] = []
        var gaps: [PaginatorGap] = []
        for (name, paginator) in model.paginators.sorted(by: { $0.key < $1.key }) {
            guard let operation = model.operations[name] else {
                gaps.append(PaginatorGap(operation: name, reason: "the model has no such operation"))
                continue
            }
            guard selected.contains(operation.name) else { continue }
            guard !leftOut.contains(operation.name) else {
                gaps.append(PaginatorGap(operation: name, reason: "the operation is left out: its input is an event stream"))
                continue
            }
            do {
                paginators.append(try resolver.paginator(paginator, of: operation))
            } catch {
                gaps.append(PaginatorGap(operation: name, reason: error.reason))
            }
        }
        return (paginators, gaps)
    }
}

/// Resolves paginators against the model's shapes and the Swift members of its structures.
private struct PaginatorResolver {
    let builder: IRBuilder
    let structs: [String: StructIR]

    /// Why a path or a paginator cannot be resolved.
    struct Failure: Error {
        var reason: String
    }

    /// A resolved path, with the Swift type and the model shape of the value it reads.
    struct Resolved {
        var path = MemberPathIR(steps: [])
        /// Nil for the root, which is no member.
        var type: TypeIR?
        var shape: String
    }

    func paginator(_ paginator: Paginator, of operation: Operation) throws(Failure) -> PaginatorIR {
        guard let input = operation.input?.shape, let output = operation.output?.shape else {
            throw Failure(reason: "the operation has no input or no output")
        }
        guard !paginator.inputToken.isEmpty, paginator.inputToken.count == paginator.outputToken.count else {
            throw Failure(reason: "it has \(paginator.inputToken.count) input and \(paginator.outputToken.count) output tokens")
        }
        var tokens: [PaginatorTokenIR] = []
        for (inputToken, outputToken) in zip(paginator.inputToken, paginator.outputToken) {
            let sent = try resolve(inputToken, from: input)
            guard sent.count == 1, sent[0].path.steps.count == 1, case .member(_, isOptional: true) = sent[0].path.steps[0] else {
                throw Failure(reason: "input token '\(inputToken)' is not an optional member of the input")
            }
            let read = try resolve(outputToken, from: output)
            guard read.allSatisfy({ $0.type == sent[0].type }) else {
                throw Failure(reason: "output token '\(outputToken)' is not of the type of input token '\(inputToken)'")
            }
            tokens.append(PaginatorTokenIR(input: sent[0].path, output: read.map(\.path)))
        }
        var moreResults: MemberPathIR?
        if let flag = paginator.moreResults {
            let resolved = try resolve(flag, from: output)
            guard resolved.count == 1, case .boolean = builder.model.shapes[resolved[0].shape]?.kind else {
                throw Failure(reason: "more_results '\(flag)' is not a boolean member")
            }
            moreResults = resolved[0].path
        }
        // Results that cannot be read only cost the items method, so they are left out rather than failing.
        let results = paginator.resultKey.compactMap { key -> Resolved? in
            guard let resolved = try? resolve(key, from: output), resolved.count == 1 else { return nil }
            return resolved[0]
        }
        let lists = results.compactMap { result -> PaginatorItemsIR? in
            guard case .list(let element) = builder.model.shapes[result.shape]?.kind else { return nil }
            return PaginatorItemsIR(path: result.path, elementType: builder.type(of: element.shape))
        }
        return PaginatorIR(
            methodName: SwiftNames.lowerCamel(operation.name),
            inputType: builder.typeNames[input]!,
            outputType: builder.typeNames[output]!,
            tokens: tokens,
            moreResults: moreResults,
            pageSize: paginator.limitKey.flatMap { pageSize($0, of: input) },
            results: results.map(\.path),
            items: lists.count == 1 ? lists[0] : nil)
    }

    /// The input member `name` when it can say how many items a page holds: an integer or a plain string.
    private func pageSize(_ name: String, of input: String) -> MemberPathIR? {
        guard let resolved = try? resolve(name, from: input), resolved.count == 1, resolved[0].path.steps.count == 1 else {
            return nil
        }
        switch builder.model.shapes[resolved[0].shape]?.kind {
        case .integer, .long, .short, .byte, .string(enumValues: nil): return resolved[0].path
        default: return nil
        }
    }

    /// The alternatives of the expression `text`, each resolved from the structure `root`.
    private func resolve(_ text: String, from root: String) throws(Failure) -> [Resolved] {
        guard let expression = PaginatorExpression(text) else {
            throw Failure(reason: "'\(text)' is not a path that paginators support")
        }
        var alternatives: [Resolved] = []
        for steps in expression.alternatives {
            alternatives.append(try resolve(steps, from: root, text: text))
        }
        return alternatives
    }

    private func resolve(_ steps: [PaginatorExpression.Step], from root: String, text: String) throws(Failure) -> Resolved {
        var resolved = Resolved(shape: root)
        for step in steps {
            let shape = builder.model.shapes[resolved.shape]
            switch step {
            case .member(let name):
                guard let structure = shape?.structure, !structure.isUnion,
                    let reference = structure.members.first(where: { $0.name == name })?.reference,
                    let member = builder.typeNames[resolved.shape].flatMap({ structs[$0] })?.members.first(where: { $0.modelName == name })
                else {
                    throw Failure(reason: "'\(text)': structure '\(resolved.shape)' has no member '\(name)'")
                }
                resolved.path.steps.append(.member(name: member.name, isOptional: !member.isRequired))
                resolved.type = member.type
                resolved.shape = reference.shape
            case .index(let index):
                guard case .list(let element) = shape?.kind else {
                    throw Failure(reason: "'\(text)': '\(resolved.shape)' is not a list")
                }
                resolved.path.steps.append(.index(index))
                resolved.type = builder.type(of: element.shape)
                resolved.shape = element.shape
            }
        }
        return resolved
    }
}
