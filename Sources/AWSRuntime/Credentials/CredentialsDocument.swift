/// The JSON credentials document that the ECS container endpoint and EC2 instance metadata return.
enum CredentialsDocument {
    /// Parses `body`, returned by `uri`: `AccessKeyId`, `SecretAccessKey`, `Token` and `Expiration`
    /// (ISO 8601) are required, and `Code`, when present, must be `Success`.
    ///
    /// Errors name the missing or bad member, never a value.
    static func credentials(from body: [UInt8], uri: String) throws -> AWSCredentials {
        func invalid(_ reason: String) -> AWSCredentialsError {
            .invalidEndpointResponse(uri: uri, reason: reason)
        }
        let document: JSONValue
        do {
            document = try JSONValue.parse(body)
        } catch {
            throw invalid("not JSON: \(error)")
        }
        guard document.objectValue != nil else { throw invalid("not a JSON object") }
        if let code = document["Code"], code.stringValue != "Success" {
            throw invalid("Code is \(code.stringValue.map { "\"\($0)\"" } ?? "not a string"), not \"Success\"")
        }
        func required(_ key: String) throws -> String {
            guard let value = document[key]?.stringValue, !value.isEmpty else { throw invalid("no \(key)") }
            return value
        }
        let accessKeyId = try required("AccessKeyId"), secretAccessKey = try required("SecretAccessKey")
        let token = try required("Token")
        guard let expiration = TimestampCoding.parseISO8601(try required("Expiration")) else {
            throw invalid("Expiration is not an ISO 8601 timestamp")
        }
        return AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: token, expiration: expiration,
            accountId: document["AccountId"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 })
    }
}
