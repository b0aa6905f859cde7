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

/// Runs a script (a file, or piped standard input) line by line through a session.
public enum ScriptRunner {
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
    var output: [String] = []
    var errors: [String] = []
    for (index, line) in lines.enumerated() {
      let outcome = session.execute(line)
      if !outcome.output.isEmpty { output.append(outcome.output) }
      if let error = outcome.error {
        errors.append("\(source):\(index + 1): \(error)")
        if !keepGoing { break }
      }
      if outcome.shouldQuit { return ScriptResult(output: joined(output), errors: errors, quit: true) }
    }
    return ScriptResult(output: joined(output), errors: errors, quit: false)
  }

  private static func joined(_ parts: [String]) -> String { parts.joined(separator: "\n") }
}
