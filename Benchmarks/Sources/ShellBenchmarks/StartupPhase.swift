import BenchmarkSupport

/// Start-up: `--version` and the first REPL prompt, each against the Foundation hello-world.
struct StartupPhase {
  let options: ShellBenchmarkOptions
  let environment: [String]

  /// Starts the three programs in turn, `options.runs` times each, and prints medians and ratios.
  ///
  /// - Throws: ``BenchmarkFailure`` when a program fails or the prompt never appears.
  func run() throws {
    var samples = Samples()
    // Warm the page cache and the dynamic loader's caches first; these runs are not counted.
    for _ in 0..<10 { try once(&samples) }
    samples = Samples()
    for _ in 0..<options.runs { try once(&samples) }

    print("start-up, \(options.runs) runs each, interleaved (median, mean):")
    report("hello, output to /dev/null", samples.hello)
    report("multileader --version", samples.version)
    report("hello, its line on a terminal", samples.helloOnTerminal)
    report("multileader, its first prompt", samples.prompt)
    let versionRatio = median(samples.version) / median(samples.hello)
    // Both ratios divide by the hello-world writing to /dev/null, the cheaper of its two timings, so
    // the prompt's ratio also carries the pseudo-terminal's cost (the conservative choice). The
    // hello-world's line on a terminal is printed for comparison only.
    let promptRatio = median(samples.prompt) / median(samples.hello)
    print("--version vs hello:     \(Format.fixed(versionRatio, 2))")
    print("first prompt vs hello:  \(Format.fixed(promptRatio, 2))")
    let ratio = max(versionRatio, promptRatio)
    print("startup-vs-hello ratio=\(Format.fixed(ratio, 2))  (the larger of the two)")
    print("target: ratio <= 1.0 \(ratio <= 1.0 ? "met" : "NOT met")\n")
  }

  /// Start-up times in seconds, one array per program and way of starting it.
  private struct Samples {
    var hello: [Double] = []
    var version: [Double] = []
    var helloOnTerminal: [Double] = []
    var prompt: [Double] = []
  }

  private func once(_ samples: inout Samples) throws {
    samples.hello.append(try ChildProcess.timeToExit(options.hello, [], environment: environment))
    samples.version.append(
      try ChildProcess.timeToExit(options.binary, ["--version"], environment: environment))
    samples.helloOnTerminal.append(
      try ChildProcess.timeToPrompt(options.hello, [], environment: environment, prompt: "Hello, world"))
    samples.prompt.append(
      try ChildProcess.timeToPrompt(options.binary, [], environment: environment, prompt: "multileader> "))
  }

  private func report(_ name: String, _ samples: [Double]) {
    let label = name + String(repeating: " ", count: max(0, 32 - name.count))
    print(
      "  \(label)\(Format.fixed(median(samples) * 1_000, 2)) ms, \(Format.fixed(mean(samples) * 1_000, 2)) ms"
    )
  }
}
