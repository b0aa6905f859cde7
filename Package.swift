// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "multileader",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "multileader", targets: ["multileader"]),
    .library(name: "ReplicationModel", targets: ["ReplicationModel"]),
    .library(name: "ReplicationSimulation", targets: ["ReplicationSimulation"]),
    // The course, the command language and the shell, for the fuzz targets in Fuzz/ (a separate package).
    .library(name: "Course", targets: ["Course", "CourseContent"]),
    .library(name: "Workbench", targets: ["Workbench"]),
    .library(name: "Tutor", targets: ["Tutor"]),
    .library(name: "Shell", targets: ["Shell"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    // Only for `swift package generate-documentation` (make docs): a plugin, never linked.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // Layer 1: the pure, deterministic replication model (no Foundation, no I/O, no wall clock).
    .target(name: "ReplicationModel"),
    // Layer 2: the world that interprets the model's effects: event queue, network, faults, trace.
    .target(name: "ReplicationSimulation", dependencies: ["ReplicationModel"]),
    // Layer 3: the course. Content/ is embedded at build time (plugin + symlink, see the plugin).
    .executableTarget(name: "ContentEmbedder", path: "Sources/ContentEmbedder"),
    .plugin(
      name: "EmbedContent", capability: .buildTool(), dependencies: ["ContentEmbedder"],
      path: "Sources/EmbedContentPlugin"),
    .target(name: "Course", dependencies: ["ReplicationModel"]),
    .target(name: "CourseContent", dependencies: ["Course"], plugins: ["EmbedContent"]),
    // The learner's progress on disk: SQLite through GRDB, behind Course's `ProgressRecording`.
    .target(
      name: "ProgressStore",
      dependencies: ["Course", .product(name: "GRDB", package: "GRDB.swift")]),
    // Layer 4: pure text rendering (styles, tables, wrapping, sanitising, JSON).
    .target(name: "TerminalUI"),
    // Layer 5: the world and its command language; the course on top of it; the thin shell over both.
    .target(name: "Workbench", dependencies: ["ReplicationModel", "ReplicationSimulation", "TerminalUI"]),
    .target(
      name: "Tutor",
      dependencies: [
        "ReplicationModel", "ReplicationSimulation", "Course", "CourseContent", "TerminalUI", "Workbench",
      ]),
    .target(
      name: "Shell",
      dependencies: [
        "ReplicationModel", "ReplicationSimulation", "Course", "TerminalUI", "Workbench", "Tutor",
      ]),
    // GNU readline, reached only through the executable's line reader.
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    // Layer 6: the thin executable.
    .executableTarget(
      name: "multileader",
      dependencies: [
        "Shell",
        "Tutor",
        "Workbench",
        "Course",
        "CourseContent",
        "TerminalUI",
        "CReadline",
        "ProgressStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ReplicationModelTests", dependencies: ["ReplicationModel"]),
    .testTarget(
      name: "ReplicationSimulationTests",
      dependencies: ["ReplicationSimulation", "ReplicationModel"]
    ),
    .testTarget(
      name: "CourseTests", dependencies: ["Course", "CourseContent"], exclude: ["InterviewBank/README.md"]),
    .testTarget(
      name: "ProgressStoreTests",
      dependencies: ["ProgressStore", "Course", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
    .testTarget(
      name: "ShellTests",
      dependencies: [
        "Shell", "Tutor", "Workbench", "Course", "CourseContent", "ProgressStore", "ReplicationModel",
        "ReplicationSimulation", "TerminalUI",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "MultileaderCLITests",
      dependencies: ["multileader", "ProgressStore", .product(name: "GRDB", package: "GRDB.swift")]),
  ],
  swiftLanguageModes: [.v6]
)
