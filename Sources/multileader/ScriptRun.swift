import Glibc
import Shell

/// Runs script lines (`multileader run FILE…`, or piped standard input) through one session.
///
/// It prints exactly what the REPL prints, minus the prompt: each command's output on standard
/// output, and each error on standard error as `SOURCE:LINE: message`. The first failing line stops
/// the run unless `keepGoing`; either way a failure makes the exit code 1. `quit` ends the run.
struct ScriptRun {
  /// Whether any line failed.
  private(set) var failed = false
  /// Whether the run is over: a `quit`, or a failure without `keepGoing`.
  private(set) var stopped = false

  private var session: ShellSession
  private let globals: GlobalOptions
  private let keepGoing: Bool

  /// Creates a run with a fresh session configured by `globals`.
  init(globals: GlobalOptions, keepGoing: Bool) {
    self.globals = globals
    self.keepGoing = keepGoing
    session = ShellSession(options: globals.sessionOptions())
  }

  /// The exit code so far: 0, or 1 when a line failed.
  var exitCode: Int32 { failed ? 1 : 0 }

  /// Runs every line `reader` yields, naming them `source` in error messages.
  mutating func run(_ reader: LineReader, source: String) {
    while !stopped {
      switch reader.read(prompt: "") {
      case .end:
        return
      case .line(let line):
        globals.refreshWidth(of: &session)
        let outcome = session.execute(line)
        Console.printOutput(outcome.output)
        if let error = outcome.error { fail("\(source):\(reader.lineNumber): \(error)") }
        if let export = outcome.export {
          switch FileExportWriter.write(export) {
          case .success(let confirmation): Console.printOutput(confirmation)
          case .failure(let failure): fail("\(source):\(reader.lineNumber): \(failure.message)")
          }
        }
        if outcome.shouldQuit { stopped = true }
      case .tooLong(let byteCount):
        fail("\(source):\(reader.lineNumber): \(LineLimit.message(byteCount: byteCount))")
      case .failed(let reason):
        fail("\(source): cannot read: \(reason)")
        stopped = true
      case .terminated:
        stopped = true  // only the terminal reader reports signals
      }
    }
  }

  /// Records a failure (already formatted), stopping unless `keepGoing`.
  mutating func fail(_ message: String) {
    Console.printError(message)
    failed = true
    if !keepGoing { stopped = true }
  }
}

/// The message for a line over ``ByteLineReader/lineLimit``.
enum LineLimit {
  /// `line too long (N bytes; the limit is 65536)`.
  static func message(byteCount: Int) -> String {
    "line too long (\(byteCount) bytes; the limit is \(ByteLineReader.lineLimit))"
  }
}
