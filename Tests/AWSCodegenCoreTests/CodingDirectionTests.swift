import AWSCodegenCore
import Testing

/// A shape is `Encodable` when requests carry it and `Decodable` when responses do: an input and what only
/// inputs reach only encode, an output, an error and what only they reach only decode, and a shape both reach
/// does both. An output that a waiter's path reads encodes too, and an event stream decodes in an input too;
/// `"coding": "full"` makes every shape both.
@Suite struct CodingDirectionTests {
    static let model = """
        {
          "metadata": {"apiVersion": "1", "endpointPrefix": "svc", "protocol": "json", "serviceId": "Svc",
                       "targetPrefix": "Svc", "jsonVersion": "1.0"},
          "operations": {
            "Get": {"http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "GetIn"}, "output": {"shape": "GetOut"},
                    "errors": [{"shape": "Missing"}]},
            "Describe": {"http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "DescribeIn"}, "output": {"shape": "DescribeOut"}},
            "Send": {"http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "SendIn"}}
          },
          "shapes": {
            "GetIn": {"type": "structure", "members": {"Filter": {"shape": "Filter"}, "Pick": {"shape": "Pick"}, "Both": {"shape": "Both"}}},
            "GetOut": {"type": "structure", "members": {"Item": {"shape": "Item"}, "Both": {"shape": "Both"}}},
            "DescribeIn": {"type": "structure", "members": {"Id": {"shape": "S"}}},
            "DescribeOut": {"type": "structure", "members": {"State": {"shape": "State"}}},
            "Missing": {"type": "structure", "members": {"Detail": {"shape": "Detail"}}, "exception": true},
            "Filter": {"type": "structure", "members": {"Prefix": {"shape": "S"}}},
            "Pick": {"type": "structure", "members": {"A": {"shape": "S"}, "B": {"shape": "S"}}, "union": true},
            "Item": {"type": "structure", "members": {"Name": {"shape": "S"}}},
            "Both": {"type": "structure", "members": {"Value": {"shape": "S"}}},
            "State": {"type": "structure", "members": {"Phase": {"shape": "S"}}},
            "Detail": {"type": "structure", "members": {"Reason": {"shape": "S"}}},
            "SendIn": {"type": "structure", "members": {"Events": {"shape": "Events"}}},
            "Events": {"type": "structure", "members": {"Chunk": {"shape": "Chunk"}}, "eventstream": true},
            "Chunk": {"type": "structure", "members": {"Bytes": {"shape": "S"}}, "event": true},
            "S": {"type": "string"}
          }
        }
        """
    /// `Ready` reads `DescribeOut` with a path; `Gone` only matches errors, so `GetOut` need not encode.
    static let waiters = """
        {"version": 2, "waiters": {
          "Ready": {"operation": "Describe", "delay": 1, "maxAttempts": 2,
                    "acceptors": [{"state": "success", "matcher": "path", "argument": "State.Phase", "expected": "up"}]},
          "Gone": {"operation": "Get", "delay": 1, "maxAttempts": 2,
                   "acceptors": [{"state": "success", "matcher": "error", "expected": "Missing"}]}
        }}
        """

    /// The generated files, by name.
    static func files(config: String? = nil) throws -> [String: String] {
        let files = try Generator.generate(ModelInput(
            service: ModelInput.File(name: "service-2.json", bytes: Array(model.utf8)),
            waiters: ModelInput.File(name: "waiters-2.json", bytes: Array(waiters.utf8)),
            config: config.map { ModelInput.File(name: "aws-codegen.json", bytes: Array($0.utf8)) }))
        return Dictionary(files.map { ($0.name, $0.contents) }) { first, _ in first }
    }

    /// The declaration of `type` in `files`: from its first line to its closing brace.
    static func declaration(_ type: String, in files: [String: String]) -> String {
        for contents in files.values {
            for opening in ["public struct \(type): ", "public enum \(type): "] {
                guard let start = contents.range(of: opening) else { continue }
                let end = contents.range(of: "\n}\n", range: start.upperBound..<contents.endIndex)?.upperBound ?? contents.endIndex
                return String(contents[start.lowerBound..<end])
            }
        }
        return ""
    }

    /// The protocols `type` conforms to, and whether it has `init(from:)`, `encode(to:)`.
    static func coding(_ type: String, in files: [String: String]) -> (conformances: String, decodes: Bool, encodes: Bool) {
        let text = declaration(type, in: files)
        let header = text.prefix { $0 != "\n" }
        let conformances = header.split(separator: ": ", maxSplits: 1).last.map { String($0.dropLast(2)) } ?? ""
        return (conformances, text.contains("init(from decoder: any Decoder)"), text.contains("func encode(to encoder: any Encoder)"))
    }

    @Test func eachShapeCodesInTheDirectionsItTravels() throws {
        let files = try Self.files()
        for type in ["GetIn", "DescribeIn", "Filter"] {
            #expect(Self.coding(type, in: files) == ("AWSEncodableShape", false, true), "\(type)")
        }
        for type in ["GetOut", "Item"] {
            #expect(Self.coding(type, in: files) == ("AWSDecodableShape", true, false), "\(type)")
        }
        #expect(Self.coding("Pick", in: files) == ("AWSEncodableShape", false, true))
        #expect(Self.coding("Missing", in: files) == ("AWSModeledError", true, false))
        #expect(Self.coding("Detail", in: files) == ("AWSDecodableShape", true, false))
        // Reached from an input and an output.
        #expect(Self.coding("Both", in: files) == ("AWSEncodableShape, AWSDecodableShape", true, true))
        // Read by the `Ready` waiter's path, which the runtime evaluates over the encoded output.
        for type in ["DescribeOut", "State"] {
            #expect(Self.coding(type, in: files) == ("AWSEncodableShape, AWSDecodableShape", true, true), "\(type)")
        }
        // An event stream's union decodes its events, in an input too.
        #expect(Self.coding("Events", in: files) == ("AWSEventUnion, AWSEncodableShape", true, true))
        #expect(Self.coding("Chunk", in: files) == ("AWSEncodableShape, AWSDecodableShape", true, true))
        // `Gone` does not read the output, so it does not hand it to the waiter.
        let waiters = files["SvcWaiters.swift"] ?? ""
        #expect(waiters.contains("_ = try await self.get(input)"))
        #expect(waiters.contains("try await SvcClient.Waiters.ready.wait(maxWait: maxWait) { try await self.describe(input) }"))
    }

    @Test func fullCodingMakesEveryShapeBoth() throws {
        let files = try Self.files(config: #"{"coding": "full"}"#)
        for type in ["GetIn", "DescribeIn", "Filter", "GetOut", "Item", "Both", "DescribeOut", "State", "Pick", "Detail", "Chunk"] {
            #expect(Self.coding(type, in: files) == ("AWSEncodableShape, AWSDecodableShape", true, true), "\(type)")
        }
        #expect(Self.coding("Missing", in: files) == ("AWSModeledError, AWSEncodableShape", true, true))
    }
}
