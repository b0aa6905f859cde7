@preconcurrency import CReadline
import Glibc

/// What one call to ``LineReader/read(prompt:)`` produced.
enum ReadResult: Equatable {
  /// A line of valid UTF-8 text.
  case line(String)
  /// A line that is not valid UTF-8; `byte` is the 1-based position of its first invalid byte.
  case notUTF8(byte: Int)
  /// A line longer than ``ByteLineReader/lineLimit`` bytes; it was skipped.
  case tooLong(byteCount: Int)
  /// The end of the input (Ctrl-D on an empty line, or the end of a file or pipe).
  case end
  /// Reading failed; the message says why.
  case failed(String)
  /// A terminating signal arrived while the editor waited; the terminal is already restored.
  case terminated(signal: Int32)
}

/// Reads lines: GNU readline on a terminal, plain bytes from anything else.
///
/// This is the only type that touches readline (editing, completion, history), so it could be
/// swapped for another line editor. On a terminal it uses readline's callback interface inside its
/// own `poll()` loop: Ctrl-C discards the line (and cancels a Ctrl-R search) and shows a fresh
/// prompt, Ctrl-D on an empty line ends the input. From a pipe or a file it never prints a prompt
/// and reads raw bytes itself, so huge lines and binary data are handled without surprises.
final class LineReader {
  /// The 1-based number of the line last read (counted for plain input only).
  var lineNumber: Int { bytes?.lineNumber ?? 0 }

  /// The history entries loaded from earlier sessions, oldest first (terminal only).
  private(set) var loadedHistory: [String] = []

  private(set) var bytes: ByteLineReader?
  let historyPath: String?

  /// Creates a plain reader of `descriptor` (a file or a pipe); no prompt, no editing.
  init(descriptor: Int32) {
    bytes = ByteLineReader(descriptor: descriptor)
    historyPath = nil
  }

  /// Creates the interactive reader on the terminal at standard input.
  ///
  /// - Parameter historyPath: The history file, prepared by ``HistoryFile``, or `nil` to keep the
  ///   history in memory only.
  init(terminalWithHistoryAt historyPath: String?) {
    bytes = nil
    self.historyPath = historyPath
    Self.configureReadline()
    loadedHistory = loadHistory()
  }

  /// Reads the next line, showing `prompt` on a terminal.
  func read(prompt: String) -> ReadResult {
    guard bytes != nil else { return readFromTerminal(prompt: prompt) }
    switch bytes!.next() {
    case .none:
      return .end
    case .bytes(let line):
      return Self.decoded(line)
    case .tooLong(let byteCount):
      return .tooLong(byteCount: byteCount)
    case .failed(let error):
      return .failed(String(cString: strerror(error)))
    }
  }

  /// A line's bytes as text, or where they stop being UTF-8.
  ///
  /// Invalid bytes are reported here, where they are decoded, rather than replaced by U+FFFD: the
  /// session then takes a U+FFFD it receives as a character the learner typed.
  static func decoded(_ bytes: some Collection<UInt8>) -> ReadResult {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return .notUTF8(byte: offset + 1)
      case .emptyInput: return .line(String(decoding: bytes, as: UTF8.self))
      }
    }
  }

  /// Ends the session with the reader: on a terminal, caps the history file at its limit.
  func finish() {
    guard bytes == nil else { return }
    finishHistory()
  }
}
