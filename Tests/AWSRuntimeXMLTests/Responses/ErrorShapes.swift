@_spi(Generated) import AWSRuntime

// Modeled errors of the botocore suites, written as the generator writes them.

/// `ComplexNestedErrorData`.
struct ComplexNestedErrorData: AWSEncodableShape, AWSDecodableShape, Equatable {
    let foo: String?

    init(foo: String?) { self.foo = foo }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("Foo")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "Foo")
    }
}

/// `ComplexError`: body members beside the code, and (rest-xml) a header member.
struct ComplexError: AWSModeledError {
    let header: String?
    let topLevel: String?
    let nested: ComplexNestedErrorData?
    /// The code, message, status and request id of the error response.
    let context: AWSErrorContext

    static let awsMembers = [AWSMember("X-Header", .header("X-Header"))]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.header = try reader.decodeIfPresent("X-Header")
        self.topLevel = try reader.decodeIfPresent("TopLevel")
        self.nested = try reader.decodeIfPresent("Nested")
        self.context = AWSErrorContext.responseBeingDecoded
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.header, "X-Header")
        try writer.encodeIfPresent(self.topLevel, "TopLevel")
        try writer.encodeIfPresent(self.nested, "Nested")
    }
}

/// The legacy suites' `ExceptionShape`: a body member, the message, two headers and the status code.
struct ExceptionShape: AWSModeledError {
    let bodyMember: String?
    let message: String?
    let imaHeader: String?
    let imaHeaderLocation: String?
    let statusCode: Int?
    /// The code, message, status and request id of the error response.
    let context: AWSErrorContext

    static let awsMembers = [
        AWSMember("ImaHeader", .header("ImaHeader")), AWSMember("X-Foo", .header("X-Foo")), AWSMember("Status", .statusCode),
    ]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.bodyMember = try reader.decodeIfPresent("BodyMember")
        self.message = try reader.decodeIfPresent("Message")
        self.imaHeader = try reader.decodeIfPresent("ImaHeader")
        self.imaHeaderLocation = try reader.decodeIfPresent("X-Foo")
        self.statusCode = try reader.decodeIfPresent("Status")
        self.context = AWSErrorContext.responseBeingDecoded
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.bodyMember, "BodyMember")
        try writer.encodeIfPresent(self.message, "Message")
        try writer.encodeIfPresent(self.imaHeader, "ImaHeader")
        try writer.encodeIfPresent(self.imaHeaderLocation, "X-Foo")
        try writer.encodeIfPresent(self.statusCode, "Status")
    }
}
