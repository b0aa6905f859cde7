// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets, in their own package so that `swift build` and `swift test` at the root never
// build them. Each target is a program whose `main` is libFuzzer's: build and run them with
// `make fuzz` (see Benchmarks/README.md, "Fuzzing"), which passes `-sanitize=fuzzer,address` and
// `-enable-testing` to every module, so the library code is instrumented too and the targets can
// reach the internal parsers with `@testable import`.
let package = Package(
  name: "multileader-fuzz",
  platforms: [.macOS(.v15)],
  dependencies: [
    // Named explicitly: a path dependency's identity would otherwise be the checkout's folder name.
    .package(name: "multileader", path: "..")
  ],
  targets: [
    // The declaration of libFuzzer's driver, which each target's main calls.
    .target(name: "FuzzDriver"),
    // A shell session fed arbitrary lines: the command parser and every command's execution.
    fuzzTarget(
      "FuzzShell",
      [.product(name: "Shell", package: "multileader"), .product(name: "Workbench", package: "multileader")]),
    // The command parser alone (the whole language, as the shell reads it), one line at a time.
    fuzzTarget("FuzzCommandParser", [.product(name: "Shell", package: "multileader")]),
    // The content loaders: lessons, scenarios, quiz templates, interview questions, the mnemonic.
    fuzzTarget("FuzzContent", [.product(name: "Course", package: "multileader")]),
    // Reading and normalising a learner's quiz answer, in every answer format.
    fuzzTarget("FuzzAnswer", [.product(name: "Course", package: "multileader")]),
    // The context-token parser (`write … --context [1,0]`).
    fuzzTarget("FuzzContextToken", [.product(name: "Workbench", package: "multileader")]),
  ],
  swiftLanguageModes: [.v6]
)

/// A fuzz target: a program whose top-level code hands one input function to libFuzzer's driver.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
  .executableTarget(name: name, dependencies: dependencies + ["FuzzDriver"])
}
