import BenchmarkSupport
import Glibc

/// The experiment benchmark (issues 5 and 21): `experiment conflicts` with 20 points × 5 runs ×
/// 10,000 writes, plotted, against the same sweep printed as JSON (no drawing), so the plotting's
/// share is visible; and the JSON sweep with `--jobs 1` (its runs one after another), so the
/// speed-up from running them on every core is visible.
struct ExperimentPhase {
  let options: ShellBenchmarkOptions
  let environment: [String]
  let folder: TemporaryFolder

  static let command = "experiment conflicts --points 20 --runs 5 --writes 10000"

  /// The speed-up over `--jobs 1` the parallel sweep should reach on two cores or more.
  static let speedupTarget = 1.8

  /// Runs the three scripts a few times, alternating (serial, parallel, plotted, serial, …), and
  /// prints the medians.
  ///
  /// - Throws: ``BenchmarkFailure`` when a script fails.
  func run() throws {
    let plotted = try folder.write("experiment.ml", Self.command + "\n")
    let numbers = try folder.write("experiment-json.ml", Self.command + " --json\n")
    let serial = try folder.write("experiment-serial.ml", Self.command + " --json --jobs 1\n")
    let runs = max(1, min(options.scriptRuns, 5))
    // Other work on the machine takes a core from the parallel sweep, not from the serial one.
    let loadAverage = Self.loadAverage()
    var plottedTimes: [Double] = []
    var numberTimes: [Double] = []
    var serialTimes: [Double] = []
    var numberCPUShares: [Double] = []
    for _ in 0..<runs {
      serialTimes.append(
        try ChildProcess.timeToExit(options.binary, ["run", serial], environment: environment))
      let cpuBefore = Self.childrenCPUSeconds()
      numberTimes.append(
        try ChildProcess.timeToExit(options.binary, ["run", numbers], environment: environment))
      numberCPUShares.append((Self.childrenCPUSeconds() - cpuBefore) / numberTimes[numberTimes.count - 1])
      plottedTimes.append(
        try ChildProcess.timeToExit(options.binary, ["run", plotted], environment: environment))
    }
    let whole = median(plottedTimes)
    let sweep = median(numberTimes)
    let oneByOne = median(serialTimes)
    let speedup = oneByOne / sweep
    let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    print("experiment: `\(Self.command)` (1,000,000 simulated writes), \(runs) run\(runs == 1 ? "" : "s")")
    print("  cores: \(cores) (the sweep's default --jobs); load average at the start: \(loadAverage)")
    print("  the sweep alone (--json, no plot), --jobs 1: median \(Format.fixed(oneByOne, 2)) s")
    print("  the sweep alone (--json, no plot), every core: median \(Format.fixed(sweep, 2)) s")
    print(
      "  with the plot and the table: median \(Format.fixed(whole, 2)) s (plotting \(Format.fixed(max(0, whole - sweep) * 1_000, 1)) ms)"
    )
    print(
      "  CPU the parallel sweep got: median \(Format.fixed(median(numberCPUShares) * 100, 0))% (\(cores * 100)% would be every core)"
    )
    print("experiment seconds=\(Format.fixed(whole, 2))")
    print("target: <= 5 s \(whole <= 5 ? "met" : "NOT met (the model's time per write dominates)")")
    print("experiment parallel-speedup=\(Format.fixed(speedup, 2))")
    let met = speedup >= Self.speedupTarget
    print(
      "target: >= \(Format.fixed(Self.speedupTarget, 1)) \(met ? "met" : cores < 2 ? "NOT met (one core)" : "NOT met")\n"
    )
  }

  /// The user and system CPU seconds of the children waited for so far (getrusage).
  private static func childrenCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// The one-minute load average (getloadavg), or `?`.
  private static func loadAverage() -> String {
    var loads = [0.0, 0.0, 0.0]
    guard getloadavg(&loads, 3) > 0 else { return "?" }
    return Format.fixed(loads[0], 2)
  }
}
