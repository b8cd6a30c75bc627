@_spi(Generated) import AWSRuntime
import AWSXML

/// Where the XML protocols put an error's code, message and request id, as botocore's parsers read them:
/// `<ErrorResponse><Error><Code>` (query, and rest-xml services but S3), `<Response><Errors><Error><Code>`
/// (ec2) or S3's bare `<Error><Code>` (with the `<Region>` of its redirects); the request id from the root's `RequestId` (ec2: `RequestID`), or from
/// the `x-amzn-requestid` or `x-amz-request-id` header (S3 first, as botocore takes its metadata from them).
///
/// A 5xx response whose body is empty or HTML, and a body that is empty or not XML, give no code: the caller names the
/// error after the status.
enum XMLErrorFields {
    /// The fields of an error response.
    static func fields(_ response: AWSHTTPResponse) -> AWSErrorFields {
        let headerID = HTTPResponseBindings.requestID(response.headers)
        guard !isGeneric(response), let root = try? AWSXMLElement.parse(response.body) else {
            return AWSErrorFields(code: "", requestID: headerID)
        }
        let isBare = root.name == "Error"
        let error = isBare ? root : root["Error"] ?? root["Errors"]?["Error"]
        let bodyID = (root["RequestId"] ?? root["RequestID"])?.text
        return AWSErrorFields(
            code: error?["Code"]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
            message: error?["Message"]?.text,
            requestID: isBare ? headerID ?? bodyID : bodyID ?? headerID,
            region: error?["Region"]?.text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether a response is a generic error rather than the service's (botocore's `_is_generic_error_response`):
    /// a 5xx whose body is empty or starts with `<html>`.
    private static func isGeneric(_ response: AWSHTTPResponse) -> Bool {
        guard response.status >= 500 else { return false }
        let body = response.body.drop(while: \.isXMLSpace)
        return body.isEmpty || body.starts(with: "<html>".utf8)
    }
}
