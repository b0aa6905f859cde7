/// Whether output is plain text or carries ANSI colour.
public enum TextStyle: Hashable, Sendable {
  /// No escape sequences at all.
  case plain
  /// ANSI colour and emphasis.
  case ansi
}
