@preconcurrency import CReadline
import Glibc

extension LineReader {
  /// Caps readline's history and loads the file; returns the entries, oldest first.
  func loadHistory() -> [String] {
    using_history()
    stifle_history(Int32(HistoryFile.limit))
    if let historyPath { _ = read_history(historyPath) }
    return (0..<Int(history_length)).compactMap { index in
      history_get(history_base + Int32(index)).flatMap { $0.pointee.line }.map { String(cString: $0) }
    }
  }

  /// Adds an accepted line to the history and appends it to the file, skipping blank lines and
  /// repeats of the previous entry. Trailing blanks (the space completion adds) are not kept.
  func remember(_ line: String) {
    var entry = Substring(line)
    while let last = entry.last, last == " " || last == "\t" { entry.removeLast() }
    guard !entry.isEmpty, String(entry) != lastHistoryEntry() else { return }
    add_history(String(entry))
    guard let historyPath else { return }
    if append_history(1, historyPath) != 0 { _ = write_history(historyPath) }
  }

  /// Makes the next line start with `text`: keys typed at the pager, meant for the prompt.
  func typeAhead(_ text: String) {
    guard bytes == nil else { return }
    EditorState.typedAhead = text
  }

  /// Caps the file at ``HistoryFile/limit`` entries; other sessions may have appended to it too.
  func finishHistory() {
    guard let historyPath else { return }
    _ = history_truncate_file(historyPath, Int32(HistoryFile.limit))
  }

  private func lastHistoryEntry() -> String? {
    guard history_length > 0, let entry = history_get(history_base + history_length - 1) else { return nil }
    return entry.pointee.line.map { String(cString: $0) }
  }
}
