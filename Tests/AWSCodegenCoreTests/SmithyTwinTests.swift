import AWSCodegenCore
import Foundation
import Testing

/// The Swift generated from a Smithy JSON AST model equals, byte for byte, the Swift generated from its
/// botocore twin, for a vendored sample of twins (`Smithy/`).
///
/// Member order, error order and documentation whitespace need no normalising: the generator sorts members
/// and errors and collapses whitespace. What differs in the models themselves is listed per twin, with its
/// reason, in `Smithy/README.md`; each such difference is replaced in the botocore output before comparing,
/// and one that no longer occurs fails the test. A failure shows a unified diff.
@Suite struct SmithyTwinTests {
    /// A difference between the two models: `botocore` in the botocore output stands for `smithy`.
    struct KnownDifference: Sendable {
        var botocore: String
        var smithy: String

        /// A `pattern` that botocore spells without the `^…$` anchors of the Smithy model; `literal` is the
        /// pattern's Swift literal in the botocore output, such as `"[a-z]+"` or `#"\S+"#`.
        static func unanchored(_ literal: String) -> KnownDifference {
            let open = literal.firstIndex(of: "\"")!, close = literal.lastIndex(of: "\"")!
            let anchored = literal[...open] + "^" + literal[literal.index(after: open)..<close] + "$" + literal[close...]
            return KnownDifference(botocore: "pattern: " + literal, smithy: "pattern: " + anchored)
        }

        /// A length that botocore bounds below by 0 where the Smithy model sets no minimum.
        static func zeroMinimum(max: Int) -> KnownDifference {
            KnownDifference(botocore: ".init(min: 0, max: \(max))", smithy: ".init(max: \(max))")
        }
    }

    struct Twin: CustomTestStringConvertible, Sendable {
        /// The botocore service folder under `Smithy/botocore/`.
        var service: String
        /// The Smithy file under `Smithy/api-models-aws/`.
        var smithyFile: String
        var known: [KnownDifference] = []
        var testDescription: String { service }
    }

    static let folder = "Tests/AWSCodegenCoreTests/Smithy"

    static let twins = [
        Twin(service: "docdb-elastic", smithyFile: "docdb-elastic-2022-11-28.json"),
        Twin(service: "wisdom", smithyFile: "wisdom-2020-10-19.json"),
        Twin(service: "tnb", smithyFile: "tnb-2008-10-21.json"),
        Twin(service: "voice-id", smithyFile: "voice-id-2021-09-27.json"),
        Twin(service: "pca-connector-ad", smithyFile: "pca-connector-ad-2018-05-10.json"),
        Twin(service: "route53-recovery-cluster", smithyFile: "route53-recovery-cluster-2019-12-02.json",
             known: [.unanchored(##"#"[\S]*"#"##)]),
        Twin(service: "amplifyuibuilder", smithyFile: "amplifyuibuilder-2021-08-11.json", known: [
            .unanchored(#""(?!aws:)[a-zA-Z+-=._:/]+""#),
            .unanchored(#""d[a-z0-9]+""#),
            .unanchored(#""boolean|string|number""#),
        ]),
        Twin(service: "rds-data", smithyFile: "rds-data-2018-08-01.json", known: [
            .zeroMinimum(max: 64), .zeroMinimum(max: 192), .zeroMinimum(max: 65536),
        ]),
        Twin(service: "ec2-instance-connect", smithyFile: "ec2-instance-connect-2018-04-02.json", known: [
            .unanchored(##"#"(^[A-Za-z_][A-Za-z0-9\@\._-]{0,30}[A-Za-z0-9\$_-]?$)|(^(?=.{2,32}$)[0-9]{1,32}[A-Za-z\@\._-][A-Za-z0-9\@\._-]*[A-Za-z0-9\$_-]?$)"#"##),
        ]),
        Twin(service: "appconfigdata", smithyFile: "appconfigdata-2021-11-11.json",
             known: [.unanchored(##"#"\S{1,8192}"#"##)]),
    ]

    @Test(arguments: twins)
    func smithyAndBotocoreGiveTheSameSwift(_ twin: Twin) throws {
        let smithyPath = "\(Self.folder)/api-models-aws/\(twin.smithyFile)"
        let bytes = try Data(contentsOf: RepositoryFiles.root.appendingPathComponent(smithyPath))
        let fromSmithy = try Generator.generate(ModelInput(service: ModelInput.File(name: smithyPath, bytes: Array(bytes))))
        let fromBotocore = try Generator.generate(RepositoryFiles.modelInput("\(Self.folder)/botocore/\(twin.service)"))
        #expect(fromSmithy.map(\.name) == fromBotocore.map(\.name))
        var unused = twin.known.map(\.botocore)
        for (botocore, smithy) in zip(fromBotocore, fromSmithy) {
            var expected = botocore.contents
            for difference in twin.known where expected.contains(difference.botocore) {
                expected = expected.replacingOccurrences(of: difference.botocore, with: difference.smithy)
                unused.removeAll { $0 == difference.botocore }
            }
            let diff = UnifiedDiff.diff(old: expected, new: smithy.contents, oldName: "botocore/\(botocore.name)", newName: "smithy/\(smithy.name)")
            #expect(diff.isEmpty, "\(smithy.name) differs between the twins:\n\(diff)")
        }
        #expect(unused.isEmpty, "listed differences that no longer occur: \(unused)")
    }
}
