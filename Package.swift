// swift-tools-version: 6.2
// orgops: a GitOps reconciliation operator for AWS estates of several AWS Organizations.
// Built with the Swift toolchain alone: no package dependencies, by design.
import PackageDescription

let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "orgops",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "orgops", targets: ["orgops"]),
        .executable(name: "yaml-conformance", targets: ["yaml-conformance"]),
    ],
    targets: [
        .target(name: "OperatorSupport", swiftSettings: strict),
        .target(name: "YAML", swiftSettings: strict),
        .target(name: "OrgModel", dependencies: ["YAML", "OperatorSupport"], swiftSettings: strict),
        .target(name: "AWSClient", dependencies: ["OperatorSupport"], swiftSettings: strict),
        .target(name: "AWSServices", dependencies: ["AWSClient", "OrgModel"], exclude: ["Generator"], swiftSettings: strict),
        .target(name: "GitClient", dependencies: ["OperatorSupport"], swiftSettings: strict),
        .target(name: "Reconciler", dependencies: ["OrgModel", "GitClient", "OperatorSupport"], swiftSettings: strict),
        .target(
            name: "OrgOpsCLI",
            dependencies: ["Reconciler", "AWSServices", "AWSClient", "GitClient", "OrgModel", "YAML", "OperatorSupport"],
            swiftSettings: strict),
        .executableTarget(name: "orgops", dependencies: ["OrgOpsCLI"], swiftSettings: strict),
        .executableTarget(name: "yaml-conformance", dependencies: ["YAML"], swiftSettings: strict),
        .executableTarget(name: "aws-client-bench", dependencies: ["AWSServices", "AWSClient"],
                          path: "bench/aws-client/swift", swiftSettings: strict),
        .target(
            name: "TestSupport",
            dependencies: ["OperatorSupport", "YAML", "OrgModel", "AWSClient", "AWSServices", "GitClient", "Reconciler"],
            swiftSettings: strict),
        .testTarget(name: "OperatorSupportTests", dependencies: ["OperatorSupport", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "OrgModelTests", dependencies: ["OrgModel", "YAML", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "AWSClientTests", dependencies: ["AWSClient", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "AWSServicesTests", dependencies: ["AWSServices", "AWSClient", "OrgModel", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "GitClientTests", dependencies: ["GitClient", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ReconcilerTests", dependencies: ["Reconciler", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "OrgOpsCLITests", dependencies: ["OrgOpsCLI", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
