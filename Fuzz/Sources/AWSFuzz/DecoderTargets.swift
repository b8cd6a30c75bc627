import AWSCBOR
import AWSEndpointRules
import AWSJMESPath
@_spi(Generated) @testable import AWSRuntime
import AWSXML
import AWSJSON

extension FuzzTarget {
    /// AWSJSON: the tree parser and the tape the response decoders read.
    static let json = FuzzTarget(name: "json", summary: "JSONValue.parse and JSONTape.parse") { bytes in
        _ = try? JSONValue.parse(bytes)
        _ = try? bytes.withUnsafeBufferPointer { buffer in try JSONTape.parse(buffer) }
    }

    /// AWSXML: the element tree the query, ec2 and rest-xml decoders read.
    static let xml = FuzzTarget(name: "xml", summary: "AWSXMLElement.parse") { bytes in
        _ = try AWSXMLElement.parse(bytes)
    }

    /// AWSCBOR: decoding, and encoding again what decoded.
    static let cbor = FuzzTarget(name: "cbor", summary: "CBORValue.decode, then encoded()") { bytes in
        _ = try CBORValue.decode(bytes).encoded()
    }

    /// AWSJMESPath: parsing an expression (the input as UTF-8), then evaluating it on a fixed document.
    static let jmespath = FuzzTarget(name: "jmespath", summary: "JMESPath(parsing:), then evaluate") { bytes in
        let expression = try JMESPath(parsing: String(decoding: bytes, as: UTF8.self))
        _ = try expression.evaluate(FuzzFixtures.jmespathDocument)
    }

    /// AWSEndpointRules: parsing a rule set, then resolving it with fixed parameters.
    static let endpointRules = FuzzTarget(name: "endpoint-rules", summary: "EndpointRuleSet(json:), then resolve") { bytes in
        let ruleSet = try EndpointRuleSet(json: bytes)
        _ = try? ruleSet.resolve(FuzzFixtures.endpointParameters)
    }

    /// The shared config and credentials files, read as both kinds.
    static let sharedConfig = FuzzTarget(name: "shared-config", summary: "SharedConfigFile(parsing:) as config and credentials") { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? SharedConfigFile(parsing: text, kind: .config, path: "fuzz/config")
        _ = try? SharedConfigFile(parsing: text, kind: .credentials, path: "fuzz/credentials")
    }

    /// The event stream framer: the input arrives in two chunks, split where its first byte says.
    static let eventStream = FuzzTarget(name: "event-stream", summary: "EventStreamFramer, in two chunks") { bytes in
        guard let first = bytes.first else { return }
        let body = bytes.dropFirst()
        let split = body.startIndex + Int(first) % (body.count + 1)
        var framer = EventStreamFramer()
        framer.append(Array(body[..<split]))
        while try framer.next() != nil {}
        framer.append(Array(body[split...]))
        while try framer.next() != nil {}
    }
}
