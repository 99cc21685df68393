// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "afilnet-tui",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "afilnet-tui", targets: ["afilnet-tui"]),
        .library(name: "AfilnetAPI", targets: ["AfilnetAPI"]),
        .library(name: "AfilnetSandbox", targets: ["AfilnetSandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(name: "Localization"),
        // Text as a terminal shows it: display widths (glibc's) and the sanitiser. Shared by
        // the client's error texts, the one-shot tables and the UI.
        .target(name: "TerminalText"),
        .target(
            name: "AfilnetAPI",
            dependencies: [
                "Localization",
                "TerminalText",
                "CLibcExtras",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        .target(
            name: "AfilnetSandbox",
            dependencies: [
                "AfilnetAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The local balance history (SQLite, shared by every process of the user), the spend
        // forecast, and the monitoring outputs built on them.
        .target(
            name: "BalanceHistory",
            dependencies: ["AfilnetAPI", .product(name: "GRDB", package: "GRDB.swift")]),
        // Addresses in files: CSV (RFC 4180) and JSON Lines, export, the import's checks, its
        // run journal and the importer that never adds a row twice.
        .target(
            name: "AddressFiles",
            dependencies: ["AfilnetAPI", "Localization"]),
        .target(
            name: "AfilnetConfig",
            dependencies: [
                "AfilnetAPI",
                "Localization",
                "TerminalText",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncurses-dev"])]),
        // ICU's data trimmed to what the program uses, for the release build (scripts/package;
        // an empty object otherwise).
        .target(name: "CICUData"),
        // glibc functions Swift's Glibc module hides: memmem (the filter), wcwidth (width tests).
        .target(name: "CLibcExtras"),
        .target(
            name: "AccountModel",
            dependencies: ["AfilnetAPI", "AddressFiles", "BalanceHistory", "Localization", "TerminalText", "CLibcExtras"]),
        .target(
            name: "TerminalUI",
            dependencies: ["AccountModel", "AfilnetAPI", "AfilnetConfig", "CNCursesW", "CLibcExtras", "Localization", "TerminalText"]),
        .executableTarget(
            name: "afilnet-tui",
            dependencies: [
                "AfilnetAPI",
                "AfilnetConfig",
                "AfilnetSandbox",
                "AccountModel",
                "CICUData",
                "AddressFiles",
                "BalanceHistory",
                "TerminalUI",
                "TerminalText",
                "Localization",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "afilnet-bench",
            dependencies: ["AfilnetAPI", "AccountModel", "BalanceHistory", "TerminalUI", "MonkeySupport"]),
        // Seeded generators, hostile text and the model monkey (tests and afilnet-bench), and
        // the property runner the property tests share.
        .target(
            name: "MonkeySupport", dependencies: ["AccountModel", "AfilnetAPI", "BalanceHistory", "TerminalUI", "TerminalText", "Localization"],
            path: "Tests/MonkeySupport"),
        .target(name: "PropertySupport", dependencies: ["MonkeySupport"], path: "Tests/PropertySupport"),
        .target(name: "RoadSupport", path: "Tests/RoadSupport"),
        .testTarget(
            name: "AddressFilesTests",
            dependencies: ["AddressFiles", "AfilnetAPI", "AfilnetSandbox", "Localization", "PropertySupport"]),
        .testTarget(
            name: "BalanceHistoryTests",
            dependencies: ["BalanceHistory", "PropertySupport"]),
        .testTarget(
            name: "AfilnetConfigTests",
            dependencies: ["AfilnetConfig", "Localization", "PropertySupport"]),
        .testTarget(
            name: "LocalizationTests",
            dependencies: ["Localization", "AfilnetAPI", "AccountModel"]),
        .testTarget(
            name: "AfilnetAPITests",
            dependencies: ["AfilnetAPI", "AfilnetSandbox", "TerminalText", "PropertySupport"]),
        .testTarget(
            name: "AccountModelTests",
            dependencies: ["AccountModel", "AfilnetAPI", "AfilnetSandbox", "BalanceHistory", "PropertySupport"]),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "AccountModel", "AfilnetAPI", "AfilnetConfig", "BalanceHistory", "Localization", "PropertySupport", "CLibcExtras", "TerminalText"],
            exclude: ["Snapshots"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["AfilnetAPI", "AfilnetSandbox", "MonkeySupport", "RoadSupport"]),
        .testTarget(
            name: "ExecutableTests",
            dependencies: ["afilnet-tui", "AfilnetAPI", "Localization", "PropertySupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["AfilnetSandbox", "RoadSupport"]),
        .testTarget(
            name: "AfilnetSandboxTests",
            dependencies: [
                "AfilnetSandbox",
                "AfilnetAPI",
                "PropertySupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]),
    ]
)

// scripts/package builds with `-Xswiftc -Osize`, which shrinks the dependencies' code by
// 2.3 MB; this project's own modules (the decoder, lists, rendering, the sandbox) stay
// optimised for speed — the frontend takes the last -O flag it is given
// (BENCHMARKS.md, "What makes the executable large").
for target in package.targets where [.regular, .executable].contains(target.type) && !["CICUData", "CLibcExtras"].contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-Xfrontend", "-O"], .when(configuration: .release))]
}
