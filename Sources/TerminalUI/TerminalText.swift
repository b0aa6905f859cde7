/// Pure helpers that measure, sanitise, wrap, pad and truncate text for a terminal.
///
/// Every function here is a pure function of its arguments. Widths are terminal columns, as computed by
/// `displayWidth(_:)`, so ANSI escape sequences and combining marks take no space and wide characters
/// take two. None of the layout functions sanitise their input: pass untrusted text through
/// `sanitized(_:singleLine:)` first.
public enum TerminalText {}

/// Which side of a column text sticks to when it is padded.
public enum TextAlignment: Hashable, Sendable {
  /// Text starts at the left edge; padding goes on the right.
  case left
  /// Text ends at the right edge; padding goes on the left.
  case right
}
