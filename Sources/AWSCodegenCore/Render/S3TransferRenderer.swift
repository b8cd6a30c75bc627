/// Renders an S3 client's transfer methods (`uploadFile`, `upload` and `downloadFile`), which hand the runtime's
/// `S3Transfer` the requests it makes, built from the client's own types.
struct S3TransferRenderer {
    let module: ModuleIR
    let transfers: S3TransfersIR

    private var access: String { AccessRenderer.modifier(module.access) }

    /// The renderer of `module`'s transfer methods, or nil when it has none.
    init?(module: ModuleIR) {
        guard let transfers = module.s3Transfers else { return nil }
        self.module = module
        self.transfers = transfers
    }

    func render(into w: inout CodeWriter) {
        w.block("extension \(module.qualified(module.clientName))") { w in
            if let upload = transfers.upload { renderUpload(upload, into: &w) }
            if transfers.upload != nil, transfers.download != nil { w.line() }
            if let download = transfers.download { renderDownload(download, into: &w) }
        }
    }

    private func parameters(_ leading: String) -> [String] {
        [
            leading, "options: S3TransferOptions = S3TransferOptions()", "progress: S3TransferProgressHandler? = nil",
        ]
    }

    private func header(_ name: String, _ parameters: [String], result: String) -> String {
        // The methods are one level into the extension.
        "\(access)func \(name)(\n" + parameters.map { "        " + $0 }.joined(separator: ",\n") + "\n    ) async throws -> \(result)"
    }

    private func renderUpload(_ upload: S3UploadIR, into w: inout CodeWriter) {
        let request = module.qualified(upload.requestType)
        w.docs([
            "Uploads the file at `path` as the object `request` describes (its bucket, key, content type, metadata,",
            "encryption…): in one `PutObject` under `options.multipartThreshold`, else as a multipart upload of",
            "`options.partSize` parts, `options.concurrency` at a time, each read from the file as it is sent.",
            "",
            "A multipart upload that fails, or whose task is cancelled, is aborted, so that no upload is left open.",
            "`progress` is called as parts are stored.",
            "",
            "```swift",
            "let result = try await s3.uploadFile(\"/tmp/big.bin\", to: .init(bucket: \"my-bucket\", key: \"big.bin\"))",
            "```",
        ])
        w.block(verbatim: header("uploadFile", parameters("_ path: String, to request: \(request)"), result: "S3UploadResult")) { w in
            w.line("try await upload(.file(path: path), to: request, options: options, progress: progress)")
        }
        w.line()
        w.docs([
            "Uploads `body` (bytes, a file, or an `AsyncSequence` of byte chunks) as the object `request` describes: in",
            "one `PutObject` when its length is known to be under `options.multipartThreshold` (a sequence of unknown",
            "length is read that far to find out), else as a multipart upload of `options.partSize` parts,",
            "`options.concurrency` at a time. A sequence is read into parts in memory, so up to `options.concurrency`",
            "parts are held at once.",
            "",
            "A multipart upload that fails, or whose task is cancelled, is aborted, so that no upload is left open.",
            "`progress` is called as parts are stored.",
        ])
        w.block(verbatim: header("upload", parameters("_ body: AWSByteStream, to request: \(request)"), result: "S3UploadResult")) { w in
            if let checksum = upload.checksumAlgorithm {
                // As s3transfer does: the parts' checksums go into the completed upload.
                w.line("var request = request")
                w.block("if request.\(checksum.member) == nil, try client.requestChecksumCalculation() == .whenSupported") { w in
                    w.line("request.\(checksum.member) = .\(SwiftNames.escaped(checksum.crc32Case))")
                }
                w.line("let template = request")
            } else {
                w.line("let template = request")
            }
            let indent = "        "
            w.lines("""
                let requests = S3UploadRequests(
                    putObject: { body in
                        let output = try await self.\(upload.putObjectMethod)(\(call(upload.putObject, from: "template", indent: indent)))
                        return \(resultTuple(upload.putObjectResult))
                    },
                    createMultipartUpload: { try await self.\(upload.createMethod)(template).\(SwiftNames.escaped(upload.uploadIDMember)) },
                    uploadPart: { uploadID, partNumber, body in
                        let output = try await self.\(upload.uploadPartMethod)(\(call(upload.uploadPart, from: "template", indent: indent)))
                        return \(call(upload.completedPart, from: "output", indent: indent))
                    },
                    completeMultipartUpload: { uploadID, parts in
                        let output = try await self.\(upload.completeMethod)(\(call(upload.complete, from: "template", indent: indent)))
                        return \(resultTuple(upload.completeResult))
                    },
                    abortMultipartUpload: { uploadID in
                        _ = try await self.\(upload.abortMethod)(\(call(upload.abort, from: "template", indent: indent)))
                    })
                """)
            w.line("return try await S3Transfer.upload(body, options: options, progress: progress, requests: requests)")
        }
    }

    private func renderDownload(_ download: S3DownloadIR, into w: inout CodeWriter) {
        w.docs([
            "Downloads the object `request` names to the file at `path`, in ranged `GetObject` requests of",
            "`options.partSize` bytes, `options.concurrency` at a time, each written at its place as it arrives.",
            "",
            "The bytes go to a temporary file beside `path` that replaces it at the end; on failure it is removed. The",
            "ranges after the first ask for the first one's ETag, so an object replaced meanwhile fails the download",
            "rather than mixing two versions. `progress` is called as bytes are written.",
            "",
            "```swift",
            "try await s3.downloadFile(.init(bucket: \"my-bucket\", key: \"big.bin\"), to: \"/tmp/big.bin\")",
            "```",
        ])
        let name = { SwiftNames.escaped($0) }
        let parameters = parameters("_ request: \(module.qualified(download.requestType)), to path: String")
        w.block(verbatim: header("downloadFile", parameters, result: "S3DownloadResult")) { w in
            let length = "output.\(name(download.contentLengthMember))" + (download.contentLengthIsLong ? ".map { Int($0) }" : "")
            w.lines("""
                try await S3Transfer.download(to: path, options: options, progress: progress) { range, ifMatch in
                    var request = request
                    request.\(name(download.rangeMember)) = range
                    if let ifMatch { request.\(name(download.ifMatchMember)) = ifMatch }
                    let output = try await self.\(name(download.getObjectMethod))(request)
                    return S3ObjectRange(
                        contentRange: output.\(name(download.contentRangeMember)), contentLength: \(length),
                        eTag: output.\(name(download.eTagMember)), body: output.\(name(download.bodyMember)))
                }
                """)
        }
    }

    /// `(eTag: output.eTag, versionID: output.versionId)`, with nil for what the output lacks.
    private func resultTuple(_ result: ObjectResultIR) -> String {
        let value = { (member: String?) in member.map { "output.\(SwiftNames.escaped($0))" } ?? "nil" }
        return "(eTag: \(value(result.eTag)), versionID: \(value(result.versionID)))"
    }

    /// The initializer call, copying members from the value named `source`: on one line when it is short, else an
    /// argument a line, indented from `indent`.
    private func call(_ initializer: InitializerIR, from source: String, indent: String = "") -> String {
        let arguments = initializer.arguments.map { label, value -> String in
            let expression: String
            switch value {
            case .copied(let member): expression = "\(source).\(SwiftNames.escaped(member))"
            case .body: expression = "body"
            case .partNumber: expression = "partNumber"
            case .uploadID: expression = "uploadID"
            case .parts: expression = "parts"
            case .initializer(let nested): expression = call(nested, from: source)
            }
            return "\(label): \(expression)"
        }
        let type = module.qualified(initializer.type)
        let line = "\(type)(\(arguments.joined(separator: ", ")))"
        guard line.count > 80 else { return line }
        return "\(type)(\n" + arguments.map { indent + "    " + $0 }.joined(separator: ",\n") + "\n\(indent))"
    }
}
