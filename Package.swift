// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Duet",
  products: [
    .executable(name: "duet", targets: ["DuetCLI"]),
    .executable(name: "duet-bench", targets: ["DuetBench"]),
    .executable(name: "duet-fuzz", targets: ["DuetFuzz"]),
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    .target(name: "Bitext"),
    .target(name: "Scheduling"),
    .target(name: "Store", dependencies: ["CSQLite", "Scheduling"]),
    .target(name: "Duet", dependencies: ["Bitext", "Scheduling", "Store"]),
    // The terminal front end talks to C's stdio and termios globals from one thread: Swift 5 mode lets it.
    .executableTarget(
      name: "DuetCLI", dependencies: ["Duet"], swiftSettings: [.swiftLanguageMode(.v5)]),
    // Benchmarks: times the release `duet` binary on data it generates. Not part of `duet`.
    .executableTarget(
      name: "DuetBench", dependencies: ["Bitext", "Duet", "DuetCLI"], path: "Sources/duet-bench",
      swiftSettings: [.swiftLanguageMode(.v5)]),
    // A fuzz target for the two readers of untrusted files. `swift build` makes a replay tool; built with
    // `-sanitize=fuzzer -DFUZZING -parse-as-library` it is a libFuzzer binary (see .ci/run).
    .executableTarget(name: "DuetFuzz", dependencies: ["Bitext", "Duet"], path: "Sources/duet-fuzz"),
    // Helpers shared by the test targets: fixture paths, temporary folders, running the built binary.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "BitextTests", dependencies: ["Bitext", "TestSupport"]),
    .testTarget(name: "SchedulingTests", dependencies: ["Scheduling", "TestSupport"]),
    .testTarget(name: "StoreTests", dependencies: ["Store", "TestSupport"]),
    .testTarget(name: "DuetTests", dependencies: ["Duet", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["DuetCLI", "TestSupport"]),
  ]
)
