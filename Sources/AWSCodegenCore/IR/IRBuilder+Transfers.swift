extension IRBuilder {
    /// The transfer methods of an S3 client: upload when it has `PutObject` and the four multipart operations,
    /// download when it has `GetObject`; nil for other services, and for an S3 model whose shapes do not fit.
    func s3Transfers(_ operations: [OperationIR], structs: [String: StructIR], enums: [EnumIR]) -> S3TransfersIR? {
        guard model.metadata.serviceId == "S3" else { return nil }
        let byName = Dictionary(operations.map { ($0.name, $0) }) { first, _ in first }
        func input(_ name: String) -> (OperationIR, StructIR)? {
            guard let operation = byName[name], let type = operation.inputType, let shape = structs[type] else { return nil }
            return (operation, shape)
        }
        func output(_ operation: OperationIR) -> StructIR? { operation.outputType.flatMap { structs[$0] } }
        let transfers = S3TransfersIR(
            upload: s3Upload(input: input, output: output, structs: structs, enums: enums), download: s3Download(input: input, output: output))
        return transfers.upload == nil && transfers.download == nil ? nil : transfers
    }

    private func s3Upload(
        input: (String) -> (OperationIR, StructIR)?, output: (OperationIR) -> StructIR?, structs: [String: StructIR],
        enums: [EnumIR]
    ) -> S3UploadIR? {
        guard let (create, request) = input("CreateMultipartUpload"), let createOutput = output(create),
            let uploadID = member(createOutput, "UploadId", .scalar(.string)),
            let (put, putInput) = input("PutObject"), let putOutput = output(put),
            let (uploadPart, partInput) = input("UploadPart"), let partOutput = output(uploadPart),
            let (complete, completeInput) = input("CompleteMultipartUpload"), let completeOutput = output(complete),
            let (abort, abortInput) = input("AbortMultipartUpload"),
            case .shape(let uploadType)? = completeInput.members.first(where: { $0.modelName == "MultipartUpload" })?.type,
            let upload = structs[uploadType],
            case .list(.shape(let partType))? = upload.members.first(where: { $0.modelName == "Parts" })?.type,
            let completedPart = structs[partType],
            let putCall = initializer(putInput, from: request, providing: ["Body": .body]),
            let partCall = initializer(partInput, from: request, providing: ["Body": .body, "PartNumber": .partNumber, "UploadId": .uploadID]),
            let completedCall = initializer(completedPart, from: partOutput, providing: ["PartNumber": .partNumber]),
            let uploadCall = initializer(upload, from: nil, providing: ["Parts": .parts]),
            let completeCall = initializer(
                completeInput, from: request, providing: ["MultipartUpload": .initializer(uploadCall), "UploadId": .uploadID]),
            let abortCall = initializer(abortInput, from: request, providing: ["UploadId": .uploadID]),
            partInput.members.first(where: { $0.modelName == "PartNumber" })?.type == .scalar(.integer)
        else { return nil }
        var checksum: (member: String, crc32Case: String)?
        if let member = request.members.first(where: { $0.modelName == "ChecksumAlgorithm" && !$0.isRequired }),
            case .shape(let type) = member.type,
            let crc32 = enums.first(where: { $0.name == type })?.cases.first(where: { $0.value == "CRC32" })
        {
            checksum = (member.name, crc32.name)
        }
        return S3UploadIR(
            requestType: request.name, createMethod: create.methodName, uploadIDMember: uploadID,
            checksumAlgorithm: checksum,
            putObjectMethod: put.methodName, putObject: putCall, putObjectResult: objectResult(putOutput),
            uploadPartMethod: uploadPart.methodName, uploadPart: partCall, completedPart: completedCall,
            completeMethod: complete.methodName, complete: completeCall, completeResult: objectResult(completeOutput),
            abortMethod: abort.methodName, abort: abortCall)
    }

    private func s3Download(input: (String) -> (OperationIR, StructIR)?, output: (OperationIR) -> StructIR?) -> S3DownloadIR? {
        guard let (get, request) = input("GetObject"), let getOutput = output(get),
            let range = member(request, "Range", .scalar(.string)), let ifMatch = member(request, "IfMatch", .scalar(.string)),
            let contentRange = member(getOutput, "ContentRange", .scalar(.string)),
            let eTag = member(getOutput, "ETag", .scalar(.string)),
            let body = member(getOutput, "Body", .byteStream),
            let length = getOutput.members.first(where: { $0.modelName == "ContentLength" && !$0.isRequired }),
            length.type == .scalar(.long) || length.type == .scalar(.integer)
        else { return nil }
        return S3DownloadIR(
            requestType: request.name, getObjectMethod: get.methodName, rangeMember: range, ifMatchMember: ifMatch,
            contentRangeMember: contentRange, contentLengthMember: length.name, contentLengthIsLong: length.type == .scalar(.long),
            eTagMember: eTag, bodyMember: body)
    }

    /// The Swift name of `shape`'s optional member `modelName`, when it has `type`.
    private func member(_ shape: StructIR, _ modelName: String, _ type: TypeIR) -> String? {
        shape.members.first { $0.modelName == modelName && $0.type == type && !$0.isRequired }?.name
    }

    private func objectResult(_ output: StructIR) -> ObjectResultIR {
        ObjectResultIR(eTag: member(output, "ETag", .scalar(.string)), versionID: member(output, "VersionId", .scalar(.string)))
    }

    /// The initializer of `target` with the arguments `provided` (by model name), and every other member that
    /// `source` has by the same model name and type (a required member of `source` can fill an optional one);
    /// nil when a required member gets no value.
    private func initializer(_ target: StructIR, from source: StructIR?, providing provided: [String: ArgumentIR]) -> InitializerIR? {
        var arguments: [(label: String, value: ArgumentIR)] = []
        for member in target.members {
            if let value = provided[member.modelName] {
                arguments.append((member.name, value))
            } else if let match = source?.members.first(where: { $0.modelName == member.modelName }),
                match.type == member.type, match.isRequired || !member.isRequired
            {
                arguments.append((member.name, .copied(match.name)))
            } else if member.isRequired {
                return nil
            }
        }
        return InitializerIR(type: target.name, arguments: arguments)
    }
}
