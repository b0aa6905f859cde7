/// A command that could not run, with what went wrong and how to put it right.
public struct ShellError: Error, Hashable, Sendable {
  /// What went wrong, in one sentence.
  public var message: String
  /// How to fix it: usually the command's usage line and an example.
  public var hint: String?

  /// Creates an error.
  public init(_ message: String, hint: String? = nil) {
    self.message = message
    self.hint = hint
  }

  /// The message followed by the hint on its own lines.
  public var text: String {
    guard let hint, !hint.isEmpty else { return message }
    return "\(message)\n\(hint)"
  }
}
