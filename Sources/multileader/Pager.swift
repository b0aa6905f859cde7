import Glibc

/// Shows output longer than the terminal one screen at a time, like `more`.
///
/// Only the REPL uses it, and only when standard input and output are terminals. Between pages it
/// waits for one key: Enter or Space shows the next page; `q` (or Ctrl-C, or end of input) skips to
/// the last screen, so the end of the output (a `try`'s last command, a step's result) is always
/// shown. Any other key also skips to the last screen and is kept as the start of the next line:
/// the pager never swallows a key typed for the prompt.
enum Pager {
  /// Prints `text`, paging it when it has more lines than the terminal has rows. Returns the keys
  /// typed at a page break that were meant for the prompt (printable text), for the line editor.
  @discardableResult
  static func print(_ text: String, rows: Int?, columns: Int?) -> String {
    guard let rows, rows > 4, Terminal.isTerminal(STDIN_FILENO) else {
      Console.printOutput(text)
      return ""
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let page = rows - 1
    guard lines.count > page else {
      Console.printOutput(text)
      return ""
    }
    var typed = ""
    var start = 0
    while start < lines.count {
      let end = min(start + page, lines.count)
      Console.printOutput(lines[start..<end].joined(separator: "\n"))
      start = end
      guard start < lines.count else { break }
      Console.write(statusLine(remaining: lines.count - start, columns: columns))
      let keys = readKeys()
      Console.write("\r\u{1B}[K")
      if let first = keys.first, first == UInt8(ascii: " ") || first == 10 || first == 13 { continue }
      // Anything else skips to the last screen; a key that is not q, Ctrl-C or Ctrl-D is typed
      // for the prompt, so it goes back to the line editor.
      if let first = keys.first, ![UInt8(ascii: "q"), UInt8(ascii: "Q"), 3, 4].contains(first) {
        typed = String(decoding: keys.filter { $0 >= 0x20 && $0 != 0x7F }, as: UTF8.self)
      }
      let last = max(start, lines.count - (page - 1))
      if last > start {
        Console.printOutput("-- \(last - start) lines skipped --")
      }
      Console.printOutput(lines[last...].joined(separator: "\n"))
      break
    }
    return typed
  }

  /// The line between pages, fitted to `columns` (at most 60 wide when the width is unknown).
  static func statusLine(remaining: Int, columns: Int?) -> String {
    let long = "-- more: \(remaining) lines; Space next page, q to the end --"
    let short = "-- more (\(remaining)) Space/q --"
    return long.count <= min(columns ?? 60, 60) ? long : short
  }

  /// The keys typed at once (an arrow key sends several bytes), without echo or waiting for
  /// Enter; empty on end of input or an interruption.
  private static func readKeys() -> [UInt8] {
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return [] }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    var buffer = [UInt8](repeating: 0, count: 16)
    let count = read(STDIN_FILENO, &buffer, buffer.count)
    return count > 0 ? Array(buffer[..<count]) : []
  }
}
