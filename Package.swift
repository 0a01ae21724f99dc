// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "jejak",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jejak", targets: ["CLI"]),
        .executable(name: "jejak-demo-data", targets: ["DemoData"]),
        .executable(name: "jejak-bench-data", targets: ["BenchData"]),
        .executable(name: "jejak-reply-bench", targets: ["ReplyBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "Alumni",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(
            name: "Outreach",
            dependencies: [
                "Alumni",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.process("Resources")]),
        .target(
            name: "Impact",
            dependencies: [
                "Alumni", "Outreach",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(
            name: "Web",
            dependencies: [
                "Alumni", "Outreach", "Impact",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]),
        .executableTarget(
            name: "CLI",
            dependencies: [
                "Alumni", "Outreach", "Impact", "Web",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "Synthetic"),
        .executableTarget(
            name: "DemoData",
            dependencies: ["Alumni", "Synthetic"]),
        .executableTarget(
            name: "BenchData",
            dependencies: ["Alumni", "Outreach", "Synthetic"]),
        .executableTarget(
            name: "ReplyBench",
            dependencies: ["Alumni", "Outreach"]),
        .testTarget(
            name: "AlumniTests",
            dependencies: ["Alumni", "Synthetic"],
            resources: [.copy("Fixtures")]),
        // A small centre built through the libraries, shared by the Impact and Web tests.
        .target(
            name: "TestSupport",
            dependencies: ["Impact", "Outreach", "Alumni"],
            path: "Tests/Support"),
        .testTarget(
            name: "ImpactTests",
            dependencies: ["Impact", "Outreach", "Alumni", "TestSupport", "Synthetic"]),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "Impact", "Outreach", "Alumni", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "CLITests",
            dependencies: ["CLI", "TestSupport", "Synthetic", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "OutreachTests",
            dependencies: ["Outreach", "Alumni", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]),
    ]
)
