// swift-tools-version: 6.1
import PackageDescription

// The service modules generated from models/ into Generated/, one library product each. `make generate`
// (aws-codegen generate-package) rewrites this list; do not edit it by hand.
// aws-codegen: generated services begin
let generatedServices: [String] = [
    "DocDBElastic",
    "SSO",
    "SSOOIDC",
    "STS",
]
// The services whose protocol (query, ec2 or rest-xml) the runtime speaks in AWSRuntimeXML.
let generatedXMLServices: Set<String> = ["STS"]
// aws-codegen: generated services end

// Clients of moto's services, filtered to what the emulator tests call (Tests/Fixtures/emulator), and the tests
// that drive them against moto (moto[server] 5.2.5, which `make deps` installs) on a loopback port.
let emulatorServices: [(folder: String, module: String, xml: Bool)] = [
    ("sts", "STS", true), ("iam", "IAM", true), ("sns", "SNS", true), ("ec2", "EC2", true), ("docdb", "DocDB", true),
    ("route53", "Route53", true), ("sqs", "SQS", false), ("s3", "S3", true),
    ("cognito-idp", "CognitoIdentityProvider", false),
]
let emulatorTargets: [Target] = emulatorServices.map { service -> Target in
    .target(
        name: "Emulator" + service.module, dependencies: service.xml ? ["AWSRuntime", "AWSRuntimeXML"] : ["AWSRuntime"],
        path: "Tests/Fixtures/emulator/\(service.folder)/Generated")
} + [
    .testTarget(
        name: "EmulatorTests",
        dependencies: ["AWSRuntime", "AWSRuntimeTesting", "TestSupport"] + emulatorServices.map { Target.Dependency(stringLiteral: "Emulator" + $0.module) },
        exclude: ["Oracle/presign_oracle.py"]),
]

// Clients of the six services whose botocore endpoint cases call operations (`operationInputs`), generated from
// the vendored models and rule sets and filtered to those operations (Tests/Fixtures/endpoints), and the tests that
// call them and check the request URL.
let endpointServices: [(folder: String, module: String, xml: Bool)] = [
    ("s3", "S3", true), ("s3control", "S3Control", true), ("dynamodb", "DynamoDB", false), ("sts", "STS", true),
    ("kinesis", "Kinesis", false), ("events", "EventBridge", false),
]
let endpointTargets: [Target] = endpointServices.map { service -> Target in
    .target(
        name: "Endpoint" + service.module, dependencies: service.xml ? ["AWSRuntime", "AWSRuntimeXML"] : ["AWSRuntime"],
        path: "Tests/Fixtures/endpoints/\(service.folder)/Generated")
} + [
    .testTarget(
        name: "EndpointTests",
        dependencies: ["AWSRuntime", "AWSRuntimeTesting"] + endpointServices.map { Target.Dependency(stringLiteral: "Endpoint" + $0.module) }),
]

// libFuzzer targets (Fuzz/), only when AWS_CODEGEN_FUZZ is set: Fuzz/run.sh builds them with
// `-sanitize=fuzzer,address`, which links libFuzzer's driver in place of a normal entry point.
let fuzzTargets: [Target] = Context.environment["AWS_CODEGEN_FUZZ"] == nil ? [] : [
    .executableTarget(
        name: "AWSFuzz",
        dependencies: [
            "AWSJSON", "AWSXML", "AWSCBOR", "AWSJMESPath", "AWSEndpointRules", "AWSRuntime", "AWSRuntimeXML",
            "AWSRuntimeTesting", "AWSCodegenCore", "FeaturesFixture", "CBORFixture", "EmulatorSQS", "EmulatorSTS",
            "EmulatorEC2", "EmulatorS3",
        ],
        path: "Fuzz/Sources/AWSFuzz"),
]

let package = Package(
    name: "swift-aws-codegen",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "AWSRuntime", targets: ["AWSRuntime"]),
        .library(name: "AWSRuntimeXML", targets: ["AWSRuntimeXML"]),
        .library(name: "AWSRuntimeTesting", targets: ["AWSRuntimeTesting"]),
        .library(name: "AWSIdentity", targets: ["AWSIdentity"]),
        .executable(name: "aws-codegen", targets: ["aws-codegen"]),
        .plugin(name: "AWSCodegenPlugin", targets: ["AWSCodegenPlugin"]),
        .plugin(name: "GenerateAWSCode", targets: ["GenerateAWSCode"]),
    ] + generatedServices.map { .library(name: $0, targets: [$0]) },
    traits: [
        .trait(
            name: "AsyncHTTPClient",
            description: "Adds AWSHTTPClientTransport (AsyncHTTPClient, SwiftNIO) and makes it the default transport"
        ),
        .default(enabledTraits: ["AsyncHTTPClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CJSONC",
            pkgConfig: "json-c",
            providers: [.apt(["libjson-c-dev"]), .brew(["json-c"])]
        ),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "AWSCodegenCore", dependencies: ["CJSONC", "AWSEndpointRules"]),
        .executableTarget(
            name: "aws-codegen",
            dependencies: [
                "AWSCodegenCore",
                "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The runtime: parts that stand alone have their own targets, which AWSRuntime re-exports.
        .target(name: "AWSJSON"),
        .target(name: "AWSJMESPath", dependencies: ["AWSJSON"]),
        .target(name: "AWSEndpointRules", dependencies: ["AWSJSON"]),
        // CBOR (RFC 8949) for the smithy-rpc-v2-cbor protocol; no package in reach provides it.
        .target(name: "AWSCBOR"),
        // XML trees on Foundation's XMLParser, for the query, ec2 and rest-xml protocols.
        .target(name: "AWSXML"),
        .target(
            name: "AWSRuntime",
            dependencies: [
                "AWSJSON",
                "AWSJMESPath",
                "AWSEndpointRules",
                "AWSCBOR",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
            ]
        ),
        // The query, ec2 and rest-xml protocols, apart from AWSRuntime so that only the clients that speak them
        // link XML (FoundationXML and its libxml2).
        .target(name: "AWSRuntimeXML", dependencies: ["AWSRuntime", "AWSXML"]),
        // For users' tests and ours: a transport that records requests and answers from a closure, and the
        // encoder settings the protocol suites need.
        .target(name: "AWSRuntimeTesting", dependencies: ["AWSRuntime"]),
        // The credential providers that call STS and IAM Identity Center (role profiles, web identity, SSO), through
        // the generated clients; apart so that AWSRuntime links neither them nor XML. `AWSIdentity.bootstrap()`
        // makes its chain every client's default.
        .target(
            name: "AWSIdentity",
            dependencies: [
                "AWSRuntime", "STS", "SSO", "SSOOIDC", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .plugin(
            name: "AWSCodegenPlugin",
            capability: .buildTool(),
            dependencies: ["aws-codegen"]
        ),
        .plugin(
            name: "GenerateAWSCode",
            capability: .command(
                intent: .custom(verb: "generate-aws-code", description: "Regenerate Generated/ from models/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated Swift sources into Generated/")]
            ),
            dependencies: ["aws-codegen"]
        ),
        .target(name: "FeaturesFixture", dependencies: ["AWSRuntime"], path: "Tests/Fixtures/features/Generated"),
        .target(name: "FilteredFixture", dependencies: ["AWSRuntime"], path: "Tests/Fixtures/filtered/Generated"),
        .target(name: "CBORFixture", dependencies: ["AWSRuntime"], path: "Tests/Fixtures/cbor/Generated"),
        .testTarget(name: "AWSCodegenCoreTests", dependencies: ["AWSCodegenCore", "AWSRuntime", "TestSupport"], exclude: ["Smithy"]),
        .testTarget(
            name: "AWSCodegenCLITests",
            dependencies: ["aws-codegen", "AWSCodegenCore", "AWSRuntime", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "AWSRuntimeTests",
            dependencies: [
                "AWSRuntime",
                "AWSJSON",
                "AWSEndpointRules",
                "AWSRuntimeTesting",
                "TestSupport",
                "LoopbackTesting",
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            exclude: ["Resources"]
        ),
        // An HTTP/1.1 server on 127.0.0.1 that answers from a script, and a driver of many concurrent calls; the
        // release load benchmark (Benchmarks/Sources/LoopbackTesting links here) shares them.
        .target(
            name: "LoopbackTesting",
            dependencies: [
                "AWSRuntime",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/LoopbackTesting"
        ),
        // One client under load and faults against LoopbackTesting's server: generated clients of every protocol
        // on AsyncHTTPClient.
        .testTarget(
            name: "LoadTests",
            dependencies: [
                "AWSRuntime", "DocDBElastic", "CBORFixture", "EmulatorSTS", "EmulatorEC2", "EmulatorRoute53",
                "EmulatorSQS", "LoopbackTesting", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: ["AsyncHTTPClient"])),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["AWSRuntime", "AWSRuntimeTesting", .product(name: "Logging", package: "swift-log")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "DocDBElasticTests", dependencies: ["DocDBElastic", "AWSRuntime", "AWSRuntimeTesting", "TestSupport"], exclude: ["Resources"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DocDBElastic", "FeaturesFixture", "AWSRuntime", "AWSRuntimeTesting", "TestSupport"]),
        .target(
            name: "ProtocolSuites",
            dependencies: ["AWSRuntime", "AWSRuntimeXML", "TestSupport"],
            path: "Tests/ProtocolTests/Generated"
        ),
        .testTarget(
            name: "ProtocolConformanceTests",
            dependencies: ["ProtocolSuites", "AWSRuntime", "AWSCBOR", "AWSXML", "AWSRuntimeTesting", "TestSupport"],
            path: "Tests/ProtocolTests/Conformance"
        ),
        .testTarget(name: "AWSJSONTests", dependencies: ["AWSJSON", "TestSupport"]),
        .testTarget(
            name: "AWSIdentityTests", dependencies: ["AWSIdentity", "AWSRuntime", "STS", "TestSupport"], exclude: ["Resources"]),
        .testTarget(name: "AWSJMESPathTests", dependencies: ["AWSJMESPath", "AWSJSON"], exclude: ["Resources"]),
        // The endpoint rules engine's tests and botocore's endpoint provider suite (vendored in Resources).
        .testTarget(
            name: "AWSEndpointRulesTests",
            dependencies: ["AWSEndpointRules", "AWSJSON"],
            exclude: ["Resources", "skip-list.json"]
        ),
        .testTarget(name: "AWSCBORTests", dependencies: ["AWSCBOR", "TestSupport"]),
        .testTarget(name: "AWSXMLTests", dependencies: ["AWSXML", "TestSupport"]),
        .testTarget(name: "AWSRuntimeXMLTests", dependencies: ["AWSRuntimeXML", "AWSRuntime", "AWSXML", "AWSRuntimeTesting"]),
        .testTarget(
            name: "GeneratedFixtureTests",
            dependencies: ["FeaturesFixture", "FilteredFixture", "CBORFixture", "SSO", "AWSCBOR", "AWSRuntime", "AWSRuntimeTesting", "TestSupport"]
        ),
    ] + emulatorTargets + endpointTargets + fuzzTargets + generatedServices.map { service in
        // Swift 5 language mode spares every build of a client its Swift 6 data-race analysis (region-based
        // isolation), 6% of a compile job and 16% of the emit-module job for DynamoDB, which proves nothing about
        // generated code that the fixtures and the corpus check (compiled in Swift 6 mode) have not proved once.
        .target(
            name: service,
            dependencies: ["AWSRuntime"] + (generatedXMLServices.contains(service) ? ["AWSRuntimeXML"] : []),
            path: "Generated/\(service)",
            swiftSettings: [.swiftLanguageMode(.v5)])
    },
    swiftLanguageModes: [.v6]
)
