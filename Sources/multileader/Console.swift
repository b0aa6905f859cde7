import Glibc

/// Writes to standard output and standard error.
///
/// Each message goes straight to its file descriptor with `write(2)`, unbuffered, so output and
/// errors stay in order when they share a terminal, a file or a pipe.
enum Console {
  /// Writes a command's output and a newline; writes nothing for empty output.
  static func printOutput(_ text: String) {
    guard !text.isEmpty else { return }
    write(text + "\n", to: STDOUT_FILENO)
  }

  /// Clears the terminal screen and puts the cursor at the top left (`clear`; standard output must
  /// be a terminal).
  static func clearScreen() {
    write("\u{1B}[H\u{1B}[2J", to: STDOUT_FILENO)
  }

  /// Writes `text` to standard output as it is, with no newline (the pager's prompt).
  static func write(_ text: String) {
    write(text, to: STDOUT_FILENO)
  }

  /// Rewrites the current line of standard error (a terminal) with `line`: a running command's
  /// progress, or nothing to clear it.
  static func printProgress(_ line: String) {
    write("\r\u{1B}[K" + line, to: STDERR_FILENO)
  }

  /// Writes `message` and a newline to standard error, in red when `color` is set.
  static func printError(_ message: String, color: Bool = false) {
    write((color ? Escape.red + message + Escape.reset : message) + "\n", to: STDERR_FILENO)
  }

  /// Writes all of `text` as UTF-8 (a NUL inside it is written too); gives up on a write error,
  /// such as a closed pipe.
  private static func write(_ text: String, to descriptor: Int32) {
    _ = writeAll(text, to: descriptor)
  }
}

/// The few ANSI sequences the executable itself draws: the prompt and REPL errors.
enum Escape {
  /// Red foreground.
  static let red = "\u{1B}[31m"
  /// Bold green foreground.
  static let boldGreen = "\u{1B}[1;32m"
  /// Back to normal.
  static let reset = "\u{1B}[0m"

  /// Wraps `sequence` in readline's RL_PROMPT_START_IGNORE/END_IGNORE markers, so it measures the
  /// prompt's width right.
  static func invisible(_ sequence: String) -> String { "\u{01}" + sequence + "\u{02}" }
}
