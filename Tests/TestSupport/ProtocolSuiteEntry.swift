@_spi(Generated) import AWSRuntime

/// Names one operation of one protocol test suite: the suite file (such as `input/rest-json.json`), the
/// suite's index in it and the operation's name in the suite's model.
package struct ProtocolSuiteKey: Hashable, Sendable {
    package let file: String
    package let suite: Int
    package let operation: String

    package init(_ file: String, _ suite: Int, _ operation: String) {
        self.file = file
        self.suite = suite
        self.operation = operation
    }
}

/// One generated operation of a protocol test suite: the client's service descriptor, the operation, and
/// its input and output types, which the conformance tests open to build requests and parse responses. The
/// suites' modules are generated with `"coding": "full"`, since the tests decode inputs from the suites'
/// parameters and encode outputs and errors to compare them with the suites' results.
package struct ProtocolSuiteEntry: Sendable {
    /// A shape that both encodes and decodes.
    package typealias Shape = AWSEncodableShape & AWSDecodableShape

    package let service: AWSServiceDescriptor
    package let operation: AWSOperation
    package let input: any Shape.Type
    package let output: any Shape.Type

    package init(_ service: AWSServiceDescriptor, _ operation: AWSOperation,
                _ input: any Shape.Type, _ output: any Shape.Type) {
        self.service = service
        self.operation = operation
        self.input = input
        self.output = output
    }
}
