@_spi(Generated) import AWSRuntime

/// The XML protocols, which generated clients name in their service descriptors.
extension AWSProtocol {
    /// `query` (awsQuery): form-encoded POSTs to `/` with `Action` and `Version`, XML responses wrapped in
    /// `<Operation>Result`, errors in `<ErrorResponse><Error>`.
    public static var awsQuery: AWSProtocol {
        AWSProtocol(name: "query", serializer: QuerySerializer(flavor: .query), deserializer: QueryDeserializer())
    }

    /// `ec2`: the query protocol with EC2's names (`queryName`, capitalized names, lists without `.member`),
    /// responses without a result wrapper, errors in `<Response><Errors><Error>`.
    public static var ec2Query: AWSProtocol {
        AWSProtocol(name: "ec2", serializer: QuerySerializer(flavor: .ec2), deserializer: QueryDeserializer())
    }

    /// `rest-xml`: the HTTP bindings of rest-json with XML bodies; S3-style errors with a bare `<Error>` root too.
    public static var restXML: AWSProtocol {
        AWSProtocol(name: "rest-xml", serializer: RestXMLSerializer(), deserializer: RestXMLDeserializer())
    }
}
