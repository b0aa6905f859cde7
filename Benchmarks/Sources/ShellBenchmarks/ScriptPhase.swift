import BenchmarkSupport

/// The script benchmark: `multileader run FILE` on the 200-command script, end to end.
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
  }
}
