// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Duet",
  products: [
    .executable(name: "duet", targets: ["DuetCLI"])
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
      name: "DuetCLI", dependencies: ["Duet"], path: "Sources/duet", swiftSettings: [.swiftLanguageMode(.v5)]),
    .testTarget(name: "BitextTests", dependencies: ["Bitext"]),
    .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"]),
    .testTarget(name: "StoreTests", dependencies: ["Store"]),
    .testTarget(name: "DuetTests", dependencies: ["Duet"]),
    .testTarget(name: "EndToEndTests", dependencies: ["DuetCLI"]),
  ]
)
