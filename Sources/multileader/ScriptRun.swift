import Glibc
import Shell
import Tutor

/// Runs script lines (`multileader run FILE…`, or piped standard input) through one session.
///
/// It prints exactly what the REPL prints, minus the prompt: each command's output on standard
/// output, and each error on standard error as `SOURCE:LINE: message`. With `--json`, an error is
/// instead one JSON object on standard output, `{"error": "SOURCE:LINE: message"}` (the shape
/// `multileader quiz --json` answers errors in), so a program reading the output can parse all of
/// it. The first failing line stops the run unless `keepGoing`; either way a failure makes the exit
/// code 1. `quit` ends the run. Ctrl-C stops a long command and the script after it, with exit
/// code 130.
struct ScriptRun {
  private var runner: ScriptRunner
  private var session: ShellSession
  private let globals: GlobalOptions
  private let interrupt = CommandInterrupt(
    showsProgress: Terminal.isTerminal(STDERR_FILENO), charset: Terminal.pictureCharset())
  /// Whether Ctrl-C stopped the run.
  private(set) var interrupted = false

  /// Creates a run with a fresh session configured by `globals`.
  ///
  /// Progress is recorded only when `--data DIR` names a folder: a script does not touch the
  /// learner's own progress unless asked to.
  init(globals: GlobalOptions, keepGoing: Bool) {
    self.globals = globals
    runner = ScriptRunner(keepGoing: keepGoing)
    session = globals.makeSession()
    Signals.takeOverInterrupt()
    session.watch = interrupt.watch
    if let data = globals.data {
      session.attachProgress(ProgressSetup.store(data: data, legacyPlaceFile: nil))
    }
  }

  /// Whether the run is over: a `quit`, or a failure without `keepGoing`.
  var stopped: Bool { runner.stopped }

  /// Whether any line failed.
  var failed: Bool { runner.failed }

  /// The exit code so far: 0, 1 when a line failed, 130 when Ctrl-C stopped the run.
  var exitCode: Int32 { interrupted ? 130 : runner.exitCode }

  /// Whether the process should end with ``exitCode`` rather than 0.
  var endsBadly: Bool { interrupted || runner.failed }

  /// Runs every line `reader` yields, naming them `source` in error messages.
  mutating func run(_ reader: LineReader, source: String) {
    while !runner.stopped {
      switch reader.read(prompt: "") {
      case .end:
        return
      case .line(let line):
        globals.refreshWidth(of: &session)
        let now = WallClock.now()
        let time = LearnerTime(now, utcOffsetSeconds: WallClock.utcOffset(at: now))
        guard !stopForInterrupt(at: "\(source):\(reader.lineNumber)") else { return }
        interrupt.begin(columns: session.options.width)
        let step = runner.run(line, number: reader.lineNumber, source: source, at: time, in: &session)
        interrupt.end()
        let stoppedByCtrlC = Signals.interrupt.load(ordering: .relaxed)
        Console.printOutput(step.output)
        for notice in step.notices { Console.printError(notice) }
        if let error = step.error { report(error) }
        if let export = step.export {
          switch FileExportWriter.write(export) {
          case .success(let confirmation): Console.printOutput(confirmation)
          case .failure(let failure): fail("\(source):\(reader.lineNumber): \(failure.message)")
          }
        }
        if stoppedByCtrlC && stopForInterrupt(at: "\(source):\(reader.lineNumber)") { return }
      case .tooLong(let byteCount):
        fail("\(source):\(reader.lineNumber): \(LineLimit.message(byteCount: byteCount))")
      case .notUTF8(let byte):
        fail("\(source):\(reader.lineNumber): \(LineLimit.notUTF8Message(byte: byte))")
      case .failed(let reason):
        fail("\(source): cannot read: \(reason)", fatal: true)
      case .terminated:
        runner.stop()  // only the terminal reader reports signals
      }
    }
  }

  /// Stops the run when Ctrl-C was pressed (during the last command, or since): says so with
  /// `place`, the line it stops at, and makes the exit code 130.
  private mutating func stopForInterrupt(at place: String) -> Bool {
    guard Signals.interrupt.load(ordering: .relaxed) else { return false }
    interrupted = true
    runner.stop()
    report("\(place): interrupted (Ctrl-C); the script stops here.")
    return true
  }

  /// Records and prints a failure (already formatted), stopping unless `keepGoing`.
  mutating func fail(_ message: String, fatal: Bool = false) {
    report(runner.fail(message, fatal: fatal))
  }

  /// Prints a formatted error: on standard error, or with `--json` as a JSON error object on
  /// standard output.
  private func report(_ error: String) {
    if globals.json {
      Console.printOutput(QuizJSON.error(error).rendered())
    } else {
      Console.printError(error)
    }
  }
}

/// The message for a line over ``ByteLineReader/lineLimit``.
enum LineLimit {
  /// `line too long (N bytes; the limit is 65536)`.
  static func message(byteCount: Int) -> String {
    "line too long (\(byteCount) bytes; the limit is \(ByteLineReader.lineLimit))"
  }

  /// `this line is not valid UTF-8 text (byte N is not part of a character); retype it`.
  static func notUTF8Message(byte: Int) -> String {
    "this line is not valid UTF-8 text (byte \(byte) is not part of a character); retype it"
  }
}
