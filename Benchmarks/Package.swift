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
    // Timing, statistics and number formatting shared by the benchmark programs.
    .target(name: "BenchmarkSupport"),
    .executableTarget(
      name: "ReplicationBenchmarks",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "ReplicationModel", package: "multileader"),
        .product(name: "ReplicationSimulation", package: "multileader"),
      ]
    ),
    // Exhaustive exploration of message orders (issue 8): states per second, reduction factor.
    .executableTarget(
      name: "ExplorationBenchmarks",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "ReplicationModel", package: "multileader"),
        .product(name: "ReplicationSimulation", package: "multileader"),
      ],
      // `Double.rounded()` calls libm's `round`, which nothing else here links in.
      linkerSettings: [.linkedLibrary("m")]
    ),
    // Start-up and script timings of the built `multileader` executable.
    .executableTarget(name: "ShellBenchmarks", dependencies: ["BenchmarkSupport", "CPseudoTerminal"]),
    // posix_openpt and friends, which Swift's Glibc module leaves out.
    .target(name: "CPseudoTerminal"),
    // Concurrent text editing: the text CRDT against Yrs (pycrdt) and a plain array.
    .executableTarget(
      name: "TextBenchmarks",
      dependencies: [
        "BenchmarkSupport", "CHeapUsage", .product(name: "ReplicationModel", package: "multileader"),
      ]),
    // glibc's heap statistics, for bytes per element.
    .target(name: "CHeapUsage"),
    // The start-up baseline: a hello-world that imports Foundation.
    .executableTarget(name: "FoundationHello"),
  ],
  swiftLanguageModes: [.v6]
)
