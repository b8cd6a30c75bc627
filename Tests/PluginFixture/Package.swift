// swift-tools-version: 6.1
import PackageDescription

// A consumer of swift-aws-codegen, used by run.sh: it applies AWSCodegenPlugin to its own copy of the
// docdb-elastic model (filtered to CreateClusterSnapshot), and imports the checked-in DocDBElastic product.
// run.sh copies this package to a temporary folder and points the dependency at the repository.
let package = Package(
    name: "PluginFixture",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "swift-aws-codegen", path: "REPOSITORY")
    ],
    targets: [
        .target(
            name: "DocDBElasticSnapshots",
            dependencies: [.product(name: "AWSRuntime", package: "swift-aws-codegen")],
            exclude: ["service-2.json", "paginators-1.json", "endpoint-rule-set-1.json", "aws-codegen.json"],
            plugins: [.plugin(name: "AWSCodegenPlugin", package: "swift-aws-codegen")]
        ),
        .executableTarget(
            name: "SnapshotsDemo",
            dependencies: ["DocDBElasticSnapshots", .product(name: "AWSRuntimeTesting", package: "swift-aws-codegen")]
        ),
        .executableTarget(
            name: "ByPathConsumer",
            dependencies: [
                .product(name: "DocDBElastic", package: "swift-aws-codegen"),
                .product(name: "SSO", package: "swift-aws-codegen"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
