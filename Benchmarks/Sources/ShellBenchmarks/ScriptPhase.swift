import BenchmarkSupport

/// The script benchmark: `multileader run FILE` on the 200-command script, end to end, and on the
/// 10,000-command one, for the growth of the cost per command over a session.
struct ScriptPhase {
  let options: ShellBenchmarkOptions
  let environment: [String]
  let folder: TemporaryFolder

  /// Runs the script `options.scriptRuns` times and prints the mean time per command.
  ///
  /// - Throws: ``BenchmarkFailure`` when the script fails (a non-zero exit code).
  func run() throws {
    let lines = BenchmarkScript.lines
    let script = try folder.write("script.ml", lines.joined(separator: "\n") + "\n")
    // One run first: checks the script succeeds (a failing command exits 1) and warms caches.
    _ = try ChildProcess.timeToExit(options.binary, ["run", script], environment: environment)
    var totals: [Double] = []
    for _ in 0..<options.scriptRuns {
      totals.append(try ChildProcess.timeToExit(options.binary, ["run", script], environment: environment))
    }
    let perCommand = mean(totals) / Double(lines.count) * 1_000
    print("script: \(lines.count) commands, \(options.scriptRuns) runs of `multileader run FILE`")
    print(
      "  whole run: median \(Format.fixed(median(totals) * 1_000, 1)) ms, mean \(Format.fixed(mean(totals) * 1_000, 1)) ms (process start included)"
    )
    print("script mean-ms-per-command=\(Format.fixed(perCommand, 3))")
    print("target: <= 2 ms \(perCommand <= 2 ? "met" : "NOT met")\n")
    try measureGrowth(short: totals, shortCount: lines.count)
  }

  /// Times the long script and prints the cost per command late in a session over early in one,
  /// both with the process start taken off (the median of `--version`).
  private func measureGrowth(short: [Double], shortCount: Int) throws {
    let long = BenchmarkScript.lines(count: BenchmarkScript.longCommandCount)
    let script = try folder.write("long-script.ml", long.joined(separator: "\n") + "\n")
    _ = try ChildProcess.timeToExit(options.binary, ["run", script], environment: environment)
    var longTotals: [Double] = []
    var starts: [Double] = []
    for _ in 0..<max(3, options.scriptRuns / 5) {
      longTotals.append(
        try ChildProcess.timeToExit(options.binary, ["run", script], environment: environment))
      starts.append(try ChildProcess.timeToExit(options.binary, ["--version"], environment: environment))
    }
    let start = median(starts)
    let early = max(median(short) - start, 1e-9) / Double(shortCount)
    let late = max(median(longTotals) - start, 1e-9) / Double(long.count)
    let growth = late / early
    print(
      "script: \(long.count) commands, \(longTotals.count) runs (process start, \(Format.fixed(start * 1_000, 2)) ms, taken off)"
    )
    print(
      "  per command: \(Format.fixed(early * 1_000_000, 1)) µs in the 200-command script, "
        + "\(Format.fixed(late * 1_000_000, 1)) µs in the \(long.count)-command one")
    print("script per-command-growth=\(Format.fixed(growth, 2))")
    print("target: <= 1.5 \(growth <= 1.5 ? "met" : "NOT met")\n")
  }
}
