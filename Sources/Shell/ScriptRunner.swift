import Tutor
import Workbench

/// The result of running a script through a session.
public struct ScriptResult: Hashable, Sendable {
  /// Everything the commands printed, as the REPL would, without prompts.
  public var output: String
  /// Error messages, each as `SOURCE:LINE: message`.
  public var errors: [String]
  /// Whether a `quit` ended the script early.
  public var quit: Bool

  /// The process exit code: 0 when every command succeeded, 1 otherwise.
  public var exitCode: Int32 { errors.isEmpty ? 0 : 1 }
}

/// What one script line produced: output to print, and an error already formatted as
/// `SOURCE:LINE: message`.
public struct ScriptStep: Hashable, Sendable {
  /// The command's output (may be empty).
  public var output: String
  /// The formatted error, when the line failed.
  public var error: String?
  /// A file the caller should write (`export`).
  public var export: FileExport?
  /// Things to tell the learner on standard error without failing (see ``CommandOutcome/notices``).
  public var notices: [String] = []
}

/// Runs a script (files, or piped standard input) line by line through a session.
///
/// It holds the rules shared by every way of running a script: errors are named `SOURCE:LINE:`,
/// the first failing line stops the run unless `keepGoing`, and `quit` ends it. The executable
/// feeds it lines as it reads them (so a pipe streams); tests use ``run(lines:source:in:keepGoing:)``.
public struct ScriptRunner: Sendable {
  /// Whether to continue after a failing line.
  public let keepGoing: Bool
  /// Whether any line failed.
  public private(set) var failed = false
  /// Whether the run is over: a `quit`, or a failure without `keepGoing`.
  public private(set) var stopped = false

  /// Creates a runner.
  public init(keepGoing: Bool) { self.keepGoing = keepGoing }

  /// The exit code so far: 0, or 1 when a line failed.
  public var exitCode: Int32 { failed ? 1 : 0 }

  /// Runs one line of `source` (1-based `number`) in `session`, at the learner's `time` when given.
  ///
  /// - Returns: The line's output and its formatted error, if it failed.
  public mutating func run(
    _ line: String, number: Int, source: String, at time: LearnerTime? = nil, in session: inout ShellSession
  ) -> ScriptStep {
    let outcome = session.execute(line, at: time)
    var step = ScriptStep(output: outcome.output, export: outcome.export, notices: outcome.notices)
    if let error = outcome.error { step.error = fail("\(source):\(number): \(error)") }
    if outcome.shouldQuit { stopped = true }
    return step
  }

  /// Records a failure that happened outside a command (a line too long, a read error).
  ///
  /// - Returns: `message`, for the caller to print.
  @discardableResult
  public mutating func fail(_ message: String, fatal: Bool = false) -> String {
    failed = true
    if !keepGoing || fatal { stopped = true }
    return message
  }

  /// Ends the run early (the input was interrupted).
  public mutating func stop() { stopped = true }

  /// Runs `lines` in `session`, stopping at the first failing command unless `keepGoing`.
  ///
  /// - Parameters:
  ///   - lines: The script's lines, without newlines.
  ///   - source: The name used in error messages (a file name, or `<stdin>`).
  ///   - session: The session to run them in.
  ///   - keepGoing: Whether to continue after a failing command.
  /// - Returns: The combined output, the errors with their line numbers, and whether `quit` ended it.
  public static func run(lines: [String], source: String, in session: inout ShellSession, keepGoing: Bool)
    -> ScriptResult
  {
    var runner = ScriptRunner(keepGoing: keepGoing)
    var output: [String] = []
    var errors: [String] = []
    var quit = false
    for (index, line) in lines.enumerated() where !runner.stopped {
      let step = runner.run(line, number: index + 1, source: source, in: &session)
      if !step.output.isEmpty { output.append(step.output) }
      if let error = step.error { errors.append(error) }
      if runner.stopped && step.error == nil { quit = true }
    }
    return ScriptResult(output: output.joined(separator: "\n"), errors: errors, quit: quit)
  }
}
