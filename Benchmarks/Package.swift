// swift-tools-version: 6.1
import PackageDescription

// Release-mode benchmarks, kept out of the main package so that they add nothing to its build or CI.
let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "swift-aws-codegen", path: "..")],
    targets: [
        .target(name: "BenchmarkSupport"),
        .executableTarget(
            name: "SigningBenchmark",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "DocDBElastic", package: "swift-aws-codegen"),
                .product(name: "AWSRuntime", package: "swift-aws-codegen"),
                .product(name: "AWSRuntimeTesting", package: "swift-aws-codegen"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
