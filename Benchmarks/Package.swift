// swift-tools-version:6.1
import PackageDescription

// The benchmarks live in their own package so that the root package stays free of benchmark code
// and `swift build` at the root never compiles them. Run with `swift run -c release` (`make bench`).
let package = Package(
  name: "multileader-benchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    // Named explicitly: a path dependency's identity would otherwise be the checkout's folder name.
    .package(name: "multileader", path: "..")
  ],
  targets: [
    .executableTarget(
      name: "ReplicationBenchmarks",
      dependencies: [
        .product(name: "ReplicationModel", package: "multileader"),
        .product(name: "ReplicationSimulation", package: "multileader"),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
