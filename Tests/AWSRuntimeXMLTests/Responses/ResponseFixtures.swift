@_spi(Generated) import AWSRuntime
@testable import AWSRuntimeXML

/// Builds the responses and operations the deserializer tests read.
enum ResponseFixtures {
    /// A response with `body` as UTF-8.
    static func response(_ body: String, status: Int = 200, headers: [(String, String)] = []) -> AWSHTTPResponse {
        AWSHTTPResponse(status: status, headers: AWSHTTPHeaders(headers), body: Array(body.utf8))
    }

    /// A query operation whose output is wrapped in `<name>Result`.
    static func query(_ name: String) -> AWSOperation {
        AWSOperation(name, method: "POST", requestURI: "/", resultWrapper: name + "Result")
    }

    /// An ec2 or rest-xml operation, which has no result wrapper.
    static func plain(_ name: String) -> AWSOperation {
        AWSOperation(name, method: "POST", requestURI: "/")
    }

    /// Decodes a query response to `operation`.
    static func query<T: AWSDecodableShape>(_ type: T.Type, _ body: String, _ operation: String, status: Int = 200) throws -> T {
        try QueryDeserializer().decode(type, response(body, status: status), query(operation))
    }

    /// Decodes an ec2 response.
    static func ec2<T: AWSDecodableShape>(_ type: T.Type, _ body: String, status: Int = 200) throws -> T {
        try QueryDeserializer().decode(type, response(body, status: status), plain("Operation"))
    }

    /// Decodes a rest-xml response.
    static func restXML<T: AWSDecodableShape>(
        _ type: T.Type, _ body: String, status: Int = 200, headers: [(String, String)] = []
    ) throws -> T {
        try RestXMLDeserializer().decode(type, response(body, status: status, headers: headers), plain("Operation"))
    }
}
