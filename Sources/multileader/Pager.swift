import Glibc

/// Shows output longer than the terminal one screen at a time, like `more`.
///
/// Only the REPL uses it, and only when standard input and output are terminals. Between pages it
/// waits for one key: Enter or Space shows the next page, `q` (or Ctrl-C, or end of input) stops.
enum Pager {
  /// Prints `text`, paging it when it has more lines than the terminal has rows.
  static func print(_ text: String, rows: Int?) {
    guard let rows, rows > 4, Terminal.isTerminal(STDIN_FILENO) else {
      Console.printOutput(text)
      return
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let page = rows - 1
    guard lines.count > page else {
      Console.printOutput(text)
      return
    }
    var start = 0
    while start < lines.count {
      let end = min(start + page, lines.count)
      Console.printOutput(lines[start..<end].joined(separator: "\n"))
      start = end
      guard start < lines.count else { break }
      let prompt = "-- more (\(lines.count - start) lines): Enter or Space for the next page, q to stop --"
      Console.write(prompt)
      let key = readKey()
      Console.write("\r\u{1B}[K")
      if key == nil || [UInt8(ascii: "q"), UInt8(ascii: "Q"), 3, 4].contains(key) { break }
    }
  }

  /// One key from the terminal, without echo or waiting for Enter; `nil` on end of input or an
  /// interruption.
  private static func readKey() -> UInt8? {
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    var byte: UInt8 = 0
    let count = read(STDIN_FILENO, &byte, 1)
    return count == 1 ? byte : nil
  }
}
