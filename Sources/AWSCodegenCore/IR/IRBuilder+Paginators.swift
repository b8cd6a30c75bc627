extension IRBuilder {
    /// The paginator of `operation`, when `paginators-1.json` has one with a single plain token member on
    /// each side. Token expressions (such as `Contents[-1].Key`) and multiple tokens are not supported and
    /// give no paginator methods.
    func paginator(_ operation: Operation, structs: [String: StructIR]) -> PaginatorIR? {
        guard let paginator = model.paginators[operation.name],
            paginator.inputToken.count == 1, paginator.outputToken.count == 1,
            let inputShape = operation.input?.shape, let outputShape = operation.output?.shape,
            let input = typeNames[inputShape].flatMap({ structs[$0] }),
            let output = typeNames[outputShape].flatMap({ structs[$0] }),
            let inputToken = input.members.first(where: { $0.modelName == paginator.inputToken[0] }),
            let outputToken = output.members.first(where: { $0.modelName == paginator.outputToken[0] }),
            inputToken.type == .scalar(.string), outputToken.type == .scalar(.string)
        else { return nil }
        var items: (member: String, isOptional: Bool, elementType: TypeIR)?
        if paginator.resultKey.count == 1, let member = output.members.first(where: { $0.modelName == paginator.resultKey[0] }),
            case .list(let element) = member.type
        {
            items = (member.name, !member.isRequired, element)
        }
        return PaginatorIR(
            methodName: SwiftNames.lowerCamel(operation.name),
            inputType: input.name,
            outputType: output.name,
            inputToken: inputToken.name,
            outputToken: outputToken.name,
            items: items)
    }
}
