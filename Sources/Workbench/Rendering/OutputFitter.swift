import TerminalUI

/// Wraps a command's plain-text output to the terminal width, keeping its layout readable.
///
/// Lines that fit are left alone, so tables (already fitted) and short messages pass unchanged. A
/// longer line is word-wrapped; its continuation lines are indented under the text they continue:
/// past the time column for event lines (`12:00:00.075  asia applied …`), otherwise two spaces past
/// the line's own indent.
package enum OutputFitter {
  /// `text` with every line at most `width` columns wide (at least 20).
  package static func fit(_ text: String, width: Int) -> String {
    let width = max(width, 20)
    guard text.utf8.count > width else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      fitLine(String(line), width: width)
    }.joined(separator: "\n")
  }

  private static func fitLine(_ line: String, width: Int) -> [String] {
    guard TerminalText.displayWidth(line) > width else { return [line] }
    // One pass with a hanging indent: a long word broken across lines gains no character.
    return TerminalText.wrap(line, width: width, hangingIndent: continuationIndent(of: line, width: width))
  }

  /// Where continuation lines start: under the event text, or two past the line's indent.
  private static func continuationIndent(of line: String, width: Int) -> Int {
    let plain = TerminalText.sanitized(line)
    let leading = plain.prefix { $0 == " " }.count
    let characters = Array(plain)
    if let first = characters.first, first.isNumber {
      // An event line: the time, two spaces, then the event.
      for index in 1..<min(characters.count - 1, 20) where characters[index] == " " {
        if characters[index + 1] == " " { return index + 2 }
        break
      }
    }
    return min(leading + 2, width / 2)
  }
}
