/// When S3 says a bucket is in another region than the request was signed for, as botocore's
/// `S3RegionRedirectorv2.redirect_from_error` reads its answers: a 301, 302 or 307, a `PermanentRedirect`, an
/// `AuthorizationHeaderMalformed` that names the region, an `IllegalLocationConstraintException` (but for
/// `CreateBucket`), and a `HeadObject` or `HeadBucket` answered 301 or 400 (a `HEAD` response has no body to say
/// more). The region is the `x-amz-bucket-region` header's, else the error's `<Region>`.
///
/// The client sends the request again there, once and at once, and resolves later requests for the bucket in its
/// region. botocore falls back to a `HeadBucket` call when neither names the region; here the error is returned.
enum S3RegionRedirect {
    /// The region to send a request of `operation` to after `error`; nil when `error` is not such an answer.
    static func region(after error: any Error, operation: AWSOperation) -> String? {
        guard let error = error as? any AWSServiceError else { return nil }
        let context = error.context
        let headerRegion = context.headers["x-amz-bucket-region"]
        let isHead = operation.name == "HeadObject" || (operation.name == "HeadBucket" && headerRegion != nil)
        let redirects = [301, 302, 307].contains(context.status)
            || context.code == "PermanentRedirect"
            || (context.code == "AuthorizationHeaderMalformed" && context.region != nil)
            || (context.code == "IllegalLocationConstraintException" && operation.name != "CreateBucket")
            || (isHead && context.status == 400)
        // A region goes into a URL only as a host label, as botocore's `validate_region_name` requires.
        guard redirects, let region = headerRegion ?? context.region,
            EndpointFunctions.isValidHostLabel(region, allowSubDomains: false)
        else { return nil }
        return region
    }
}
