@preconcurrency import CReadline
import Glibc

/// The candidates of the completion in progress, handed to readline one by one by the generator.
private enum CompletionState {
  nonisolated(unsafe) static var matches: [String] = []
}

/// readline's match generator: `state` counts up from 0; returns a malloc'ed copy (readline frees it)
/// or `NULL` after the last match.
private let matchGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
  _, state in
  let index = Int(state)
  guard index < CompletionState.matches.count else { return nil }
  return strdup(CompletionState.matches[index])
}

/// A malloc'ed, NULL-terminated array of malloc'ed strings, as readline expects from completion.
private typealias MatchList = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

/// readline's completion hook: asks the live session, and never falls back to file names.
private let attemptedCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> MatchList? = {
  text, start, end in
  rl_attempted_completion_over = 1
  guard let text, let buffer = rl_line_buffer, SessionHolder.session != nil else { return nil }
  let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(max(end, 0)))
  let wordStart = min(Int(max(start, 0)), bytes.count)
  // Offsets are in bytes; measure the decoded prefix so a repaired invalid byte cannot shift them.
  let line = String(decoding: bytes, as: UTF8.self)
  let offset = String(decoding: bytes.prefix(wordStart), as: UTF8.self).utf8.count
  CompletionState.matches = SessionHolder.session?.completions(forLine: line, wordStart: offset) ?? []
  guard !CompletionState.matches.isEmpty else { return nil }
  return rl_completion_matches(text, matchGenerator)
}

extension LineReader {
  /// Routes Tab to the session's completions; words break only at spaces and tabs.
  static func installCompletion() {
    rl_attempted_completion_function = attemptedCompletion
    rl_completer_word_break_characters = UnsafePointer(strdup(" \t"))
  }
}
