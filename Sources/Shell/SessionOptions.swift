import TerminalUI

/// How a shell session presents its output.
public struct SessionOptions: Hashable, Sendable {
  /// Plain text or ANSI colour.
  public var style: TextStyle
  /// The width to wrap and fit tables to, in terminal columns.
  public var width: Int
  /// Whether commands that support it print JSON instead of text.
  public var json: Bool
  /// The seed of the first cluster.
  public var seed: UInt64
  /// The characters `diagram` and `topology` draw with (ASCII when the terminal cannot show more).
  public var charset: DiagramCharset
  /// How much work one command may do.
  public var limits: WorkLimits

  /// Creates options; by default plain text, 80 columns, no JSON, seed 1, Unicode pictures and
  /// the standard work limits.
  public init(
    style: TextStyle = .plain, width: Int = 80, json: Bool = false, seed: UInt64 = 1,
    charset: DiagramCharset = .unicode, limits: WorkLimits = WorkLimits()
  ) {
    self.style = style
    self.width = width
    self.json = json
    self.seed = seed
    self.charset = charset
    self.limits = limits
  }
}

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
