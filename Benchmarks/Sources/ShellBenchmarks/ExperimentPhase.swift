import BenchmarkSupport

/// The experiment benchmark (issue 5): `experiment conflicts` with 20 points × 5 runs × 10,000
/// writes, plotted, against the same sweep printed as JSON (no drawing), so the plotting's share is
/// visible.
struct ExperimentPhase {
  let options: ShellBenchmarkOptions
  let environment: [String]
  let folder: TemporaryFolder

  static let command = "experiment conflicts --points 20 --runs 5 --writes 10000"

  /// Runs both scripts a few times, alternating, and prints the medians.
  ///
  /// - Throws: ``BenchmarkFailure`` when a script fails.
  func run() throws {
    let plotted = try folder.write("experiment.ml", Self.command + "\n")
    let numbers = try folder.write("experiment-json.ml", Self.command + " --json\n")
    let runs = max(1, min(options.scriptRuns, 3))
    var plottedTimes: [Double] = []
    var numberTimes: [Double] = []
    for _ in 0..<runs {
      plottedTimes.append(
        try ChildProcess.timeToExit(options.binary, ["run", plotted], environment: environment))
      numberTimes.append(
        try ChildProcess.timeToExit(options.binary, ["run", numbers], environment: environment))
    }
    let whole = median(plottedTimes)
    let sweep = median(numberTimes)
    print("experiment: `\(Self.command)` (1,000,000 simulated writes), \(runs) run\(runs == 1 ? "" : "s")")
    print("  the sweep alone (--json, no plot): median \(Format.fixed(sweep, 2)) s")
    print(
      "  with the plot and the table: median \(Format.fixed(whole, 2)) s (plotting \(Format.fixed(max(0, whole - sweep) * 1_000, 1)) ms)"
    )
    print("experiment seconds=\(Format.fixed(whole, 2))")
    print("target: <= 5 s \(whole <= 5 ? "met" : "NOT met (the model's time per write dominates)")\n")
  }
}
