@_spi(Generated) import AWSRuntime
@testable import AWSRuntimeXML
import Testing

/// Error responses of the three XML layouts: the code, message and request id, the members of modeled errors
/// (botocore's `GreetingWithErrors` cases by id, and the legacy "Modeled exceptions"), and bodies that are not
/// XML.
@Suite struct XMLErrorResponseTests {
    private let operation = ResponseFixtures.plain("GreetingWithErrors")

    @Test func queryError() throws {
        // QueryComplexError
        let response = ResponseFixtures.response("""
            <ErrorResponse>
               <Error>
                  <Type>Sender</Type>
                  <Code>ComplexError</Code>
                  <TopLevel>Top level</TopLevel>
                  <Nested>
                      <Foo>bar</Foo>
                  </Nested>
               </Error>
               <RequestId>foo-id</RequestId>
            </ErrorResponse>
            """, status: 400)
        let deserializer = QueryDeserializer()
        #expect(deserializer.errorFields(response, operation) == AWSErrorFields(code: "ComplexError", requestID: "foo-id"))
        let error = try deserializer.decode(ComplexError.self, response, ResponseFixtures.query("GreetingWithErrors"))
        #expect(error.topLevel == "Top level")
        #expect(error.nested == ComplexNestedErrorData(foo: "bar"))
    }

    @Test func queryCustomizedCode() {
        // QueryCustomizedError: the code is the query error code, which the service's errors are keyed by
        let response = ResponseFixtures.response("""
            <ErrorResponse>
               <Error>
                  <Type>Sender</Type>
                  <Code>Customized</Code>
                  <Message>Hi</Message>
               </Error>
               <RequestId>foo-id</RequestId>
            </ErrorResponse>
            """, status: 402)
        #expect(QueryDeserializer().errorFields(response, operation) == AWSErrorFields(code: "Customized", message: "Hi", requestID: "foo-id"))
    }

    @Test func ec2Error() throws {
        // Ec2ComplexError
        let response = ResponseFixtures.response("""
            <Response>
                <Errors>
                    <Error>
                        <Code>ComplexError</Code>
                        <Message>Hi</Message>
                        <TopLevel>Top level</TopLevel>
                        <Nested>
                            <Foo>bar</Foo>
                        </Nested>
                    </Error>
                </Errors>
                <RequestID>foo-id</RequestID>
            </Response>
            """, status: 400)
        let deserializer = QueryDeserializer()
        #expect(deserializer.errorFields(response, operation) == AWSErrorFields(code: "ComplexError", message: "Hi", requestID: "foo-id"))
        let error = try deserializer.decode(ComplexError.self, response, operation)
        #expect(error.topLevel == "Top level")
        #expect(error.nested == ComplexNestedErrorData(foo: "bar"))
    }

    @Test func restXMLErrorWithHeadersAndStatus() throws {
        // legacy rest-xml "Modeled exceptions" 0
        let response = ResponseFixtures.response("""
            <ErrorResponse><Error><Type>SomeType</Type><Code>ExceptionShape</Code><Message>mymessage</Message>\
            <BodyMember>mybody</BodyMember></Error></ErrorResponse>
            """, status: 400, headers: [("ImaHeader", "test"), ("X-Foo", "abc"), ("X-Amzn-Requestid", "foo-id")])
        let deserializer = RestXMLDeserializer()
        #expect(deserializer.errorFields(response, operation) == AWSErrorFields(code: "ExceptionShape", message: "mymessage", requestID: "foo-id"))
        let error = try deserializer.decode(ExceptionShape.self, response, operation)
        #expect(error.bodyMember == "mybody")
        #expect(error.message == "mymessage")
        #expect(error.imaHeader == "test")
        #expect(error.imaHeaderLocation == "abc")
        #expect(error.statusCode == 400)
    }

    @Test func restXMLComplexError() throws {
        // ComplexError
        let response = ResponseFixtures.response("""
            <ErrorResponse>
               <Error>
                  <Type>Sender</Type>
                  <Code>ComplexError</Code>
                  <Message>Hi</Message>
                  <TopLevel>Top level</TopLevel>
                  <Nested>
                      <Foo>bar</Foo>
                  </Nested>
               </Error>
               <RequestId>foo-id</RequestId>
            </ErrorResponse>
            """, status: 403, headers: [("X-Header", "Header")])
        let error = try RestXMLDeserializer().decode(ComplexError.self, response, operation)
        #expect(error.header == "Header")
        #expect(error.topLevel == "Top level")
        #expect(error.nested == ComplexNestedErrorData(foo: "bar"))
    }

    @Test func s3BareError() throws {
        // S3's layout, which botocore's RestXMLParser reads when the root is <Error>; the request id comes from
        // the headers first
        let response = ResponseFixtures.response("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>\
            <BodyMember>mybody</BodyMember><RequestId>body-id</RequestId><HostId>host</HostId></Error>
            """, status: 404, headers: [("x-amz-request-id", "header-id")])
        let deserializer = RestXMLDeserializer()
        #expect(deserializer.errorFields(response, operation) == AWSErrorFields(
            code: "NoSuchKey", message: "The specified key does not exist.", requestID: "header-id"))
        #expect(try deserializer.decode(ExceptionShape.self, response, operation).bodyMember == "mybody")
    }

    @Test func genericAndUnreadableErrorsHaveNoCode() {
        // botocore's _is_generic_error_response, and a body that is not XML
        let html = ResponseFixtures.response("<html><body><b>Http/1.1 Service Unavailable</b></body></html>", status: 503)
        let broken = ResponseFixtures.response("<ErrorResponse><Error><Code>Oops", status: 400, headers: [("x-amzn-RequestId", "id")])
        let empty = ResponseFixtures.response("", status: 404, headers: [("x-amz-request-id", "s3-id")])
        for deserializer in [QueryDeserializer() as any AWSResponseDeserializer, RestXMLDeserializer()] {
            #expect(deserializer.errorFields(html, operation) == AWSErrorFields(code: ""))
            #expect(deserializer.errorFields(broken, operation) == AWSErrorFields(code: "", requestID: "id"))
            #expect(deserializer.errorFields(empty, operation) == AWSErrorFields(code: "", requestID: "s3-id"))
        }
    }

    @Test func malformedXMLNamesTheOperation() {
        let operation = ResponseFixtures.query("XmlLists")
        for body in ["<XmlListsResponse><XmlListsResult>", "not xml", "<a></b>"] {
            for deserializer in [QueryDeserializer() as any AWSResponseDeserializer, RestXMLDeserializer()] {
                let error = #expect(throws: AWSResponseDecodingError.self) {
                    try deserializer.decode(ListsOutput.self, ResponseFixtures.response(body), operation)
                }
                #expect(error?.operation == "XmlLists")
            }
        }
    }

    @Test func valueOfTheWrongTypeNamesItsPath() {
        let error = #expect(throws: AWSResponseDecodingError.self) {
            try ResponseFixtures.query(ListsOutput.self, """
                <XmlListsResponse><XmlListsResult><integerList><member>1</member><member>two</member></integerList>\
                </XmlListsResult></XmlListsResponse>
                """, "XmlLists")
        }
        #expect(error?.path == "integerList[1]")
    }
}
