import TerminalUI

/// What running one line of input produced.
public struct CommandOutcome: Hashable, Sendable {
  /// Text for standard output (may be empty); ends without a trailing newline.
  public var output: String
  /// The error message for standard error, when the command failed; the model is unchanged then.
  public var error: String?
  /// Whether the session should end (`quit`).
  public var shouldQuit: Bool
  /// A file the caller should write (`export`); the session itself never touches files.
  public var export: FileExport?
  /// Things to tell the learner on standard error without failing the command, such as
  /// "progress is not saved: …".
  public var notices: [String] = []
  /// Whether the caller should clear the screen (`clear`), when it shows a terminal; the session
  /// itself never writes control sequences.
  public var clearsScreen = false
  /// Whether the line was an answer (to a question, a prediction, a drill, an interview, a rating
  /// or a confirmation) rather than a command: answers stay out of the command history.
  public var wasAnswer = false

  /// Creates an outcome.
  public init(output: String = "", error: String? = nil, shouldQuit: Bool = false, export: FileExport? = nil)
  {
    self.output = output
    self.error = error
    self.shouldQuit = shouldQuit
    self.export = export
  }

  /// Whether the command failed.
  public var failed: Bool { error != nil }
}
