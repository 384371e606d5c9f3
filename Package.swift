// swift-tools-version:6.0
// gaitpipe: a plugin-based knee-pain screening pipeline. Stages are separate executables that
// exchange protobuf-c messages over ZeroMQ; see Sources/CGaitpipeWire/PROTOCOL.md.
import PackageDescription

/// The stage executables in Plugins/. Adding a stage = its folder, one name here, its test.
/// Each name `n` gives an executable target `n` at `Plugins/n`, linking StageKit and the domain
/// library listed beside it.
let stages: [(name: String, domain: String)] = [
    ("activity-import", "ActivityImport"),
    ("gait-metrics", "GaitMetrics"),
    ("injury-scoring", "InjuryScoring"),
    ("load-report", "LoadReport"),
]

let package = Package(
    name: "gaitpipe",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gaitpipe", targets: ["gaitpipe"]),
        .library(name: "StageKit", targets: ["StageKit"]),
    ] + stages.map { .executable(name: $0.name, targets: [$0.name]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // C: system libraries (module map + shim only) and the generated wire format.
        .systemLibrary(name: "CZeroMQ",
                       providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "CProtobufC",
                       providers: [.apt(["libprotobuf-c-dev"])]),
        .target(name: "CGaitpipeWire", dependencies: ["CProtobufC"],
                exclude: ["gaitpipe.proto", "generate.sh", "PROTOCOL.md"]),

        // Transport and protocol.
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"]),
        .target(name: "GaitModel"),
        .target(name: "GaitWire", dependencies: ["CGaitpipeWire", "CProtobufC", "GaitModel"]),
        .target(name: "StageKit", dependencies: [
            "ZeroMQ", "GaitWire", "GaitModel",
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Domain libraries: no IPC, unit-tested in-process.
        .target(name: "FITCodec"),
        .target(name: "ActivityImport", dependencies: ["FITCodec", "GaitModel"]),
        .target(name: "GaitMetrics", dependencies: ["GaitModel"]),
        .target(name: "InjuryScoring", dependencies: ["GaitModel"]),
        .target(name: "LoadReport", dependencies: ["GaitModel"]),
        .target(name: "SeasonSynth", dependencies: ["FITCodec", "GaitModel"]),

        // SHA-256 for content digests. Optimised even in debug builds: hashing stage executables
        // unoptimised takes seconds (measured: 1.4 s per 3 MB binary at -Onone).
        .target(name: "ContentDigest", swiftSettings: [.unsafeFlags(["-O"])]),

        // The runner and its CLI.
        .target(name: "PipelineRunner", dependencies: [
            "ZeroMQ", "GaitWire", "GaitModel", "LoadReport", "StageKit", "ContentDigest",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "gaitpipe", dependencies: [
            "PipelineRunner", "SeasonSynth", "StageKit", "GaitModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Tests.
        .testTarget(name: "FITCodecTests", dependencies: ["FITCodec", "ActivityImport", "GaitModel", "SeasonSynth"]),
        .testTarget(name: "DomainTests", dependencies: [
            "GaitModel", "GaitMetrics", "InjuryScoring", "LoadReport", "SeasonSynth", "ActivityImport",
        ]),
        .testTarget(name: "WireTests", dependencies: ["GaitWire", "GaitModel", "ZeroMQ", "CGaitpipeWire"]),
        .testTarget(name: "PipelineTests", dependencies: [
            "PipelineRunner", "GaitWire", "GaitModel", "ZeroMQ",
        ]),
    ] + stages.map { stage in
        .executableTarget(name: stage.name, dependencies: ["StageKit", "GaitModel", .byName(name: stage.domain)],
                          path: "Plugins/\(stage.name)")
    }
)

// Strictness for every Swift target, in one place (as swift-log does).
for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    // https://github.com/swiftlang/swift-evolution/blob/main/proposals/0335-existential-any.md
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    // https://github.com/swiftlang/swift-evolution/blob/main/proposals/0444-member-import-visibility.md
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
