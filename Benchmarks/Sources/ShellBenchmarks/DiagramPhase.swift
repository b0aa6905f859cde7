import BenchmarkSupport
import Glibc

/// The diagram benchmark (issue 5): drawing a space-time diagram of a trace of about 10,000 events.
///
/// Two scripts build the same trace; the second then draws `diagram --followers` several times.
/// The difference in run time, per drawing, is the diagram's cost; the first script's run time is
/// the model's simulation of the same events (process start included), printed beside it.
struct DiagramPhase {
  let options: ShellBenchmarkOptions
  let environment: [String]
  let folder: TemporaryFolder

  /// Scheduled writes; with three regions of a leader and two followers each, about 27 events each.
  static let writes = 380
  /// Drawings per run of the second script.
  static let drawings = 5

  /// The script that builds the trace.
  static var setup: [String] {
    var lines = ["cluster us asia eu --followers 2"]
    let regions = ["us", "asia", "eu"]
    for index in 0..<writes {
      let milliseconds = 2 * index
      let time =
        "12:00:\(milliseconds / 1_000 < 10 ? "0" : "")\(milliseconds / 1_000).\(String(1_000 + milliseconds % 1_000).dropFirst())"
      lines.append("write \(regions[index % 3]) key\(index % 40)=value\(index) at \(time)")
    }
    return lines + ["run"]
  }

  /// Runs both scripts `options.scriptRuns` times, alternating, and prints the cost per drawing.
  ///
  /// - Throws: ``BenchmarkFailure`` when a script fails.
  func run() throws {
    let base = try folder.write("trace.ml", Self.setup.joined(separator: "\n") + "\n")
    let drawing = try folder.write(
      "diagram.ml",
      (Self.setup + Array(repeating: "diagram --followers", count: Self.drawings)).joined(separator: "\n")
        + "\n")
    // `run` prints the notable events too, so the trace's size is the difference.
    let counting = try folder.write("count.ml", (Self.setup + ["trace"]).joined(separator: "\n") + "\n")
    let events = try countEventLines(counting) - countEventLines(base)
    _ = try ChildProcess.timeToExit(options.binary, ["run", drawing], environment: environment)
    var baseTimes: [Double] = []
    var drawingTimes: [Double] = []
    for _ in 0..<options.scriptRuns {
      baseTimes.append(try ChildProcess.timeToExit(options.binary, ["run", base], environment: environment))
      drawingTimes.append(
        try ChildProcess.timeToExit(options.binary, ["run", drawing], environment: environment))
    }
    let simulation = median(baseTimes) * 1_000
    let perDrawing = max(0, median(drawingTimes) * 1_000 - simulation) / Double(Self.drawings)
    print("diagram: a trace of \(events) events (\(Self.writes) writes, 9 nodes), \(options.scriptRuns) runs")
    print("  simulating it (whole run, process start included): median \(Format.fixed(simulation, 1)) ms")
    print(
      "  drawing diagram --followers at 80 columns: \(Format.fixed(perDrawing, 1)) ms per drawing (ratio to the simulation \(Format.fixed(perDrawing / simulation, 2)))"
    )
    print("diagram ms-per-drawing=\(Format.fixed(perDrawing, 1))")
    print("target: <= 100 ms \(perDrawing <= 100 ? "met" : "NOT met")\n")
  }

  /// The number of event lines a script prints (each starts with its time).
  private func countEventLines(_ script: String) throws -> Int {
    guard let pipe = popen("COLUMNS=80 NO_COLOR=1 '\(options.binary)' run '\(script)'", "r") else {
      throw BenchmarkFailure("cannot run \(options.binary)")
    }
    var count = 0
    var buffer = [CChar](repeating: 0, count: 4_096)
    var atLineStart = true
    while fgets(&buffer, Int32(buffer.count), pipe) != nil {
      let length = buffer.firstIndex(of: 0) ?? buffer.count
      let line = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if atLineStart, line.hasPrefix("12:") { count += 1 }
      atLineStart = line.hasSuffix("\n")
    }
    guard pclose(pipe) == 0 else { throw BenchmarkFailure("the diagram benchmark's script failed") }
    return count
  }
}
