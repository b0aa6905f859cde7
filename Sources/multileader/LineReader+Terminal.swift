@preconcurrency import CReadline
@preconcurrency import Glibc

/// State shared with readline's C callbacks; readline is single-threaded and runs on the main thread.
enum EditorState {
  /// Whether the line handler has run for the current prompt.
  nonisolated(unsafe) static var finished = false
  /// The line readline handed over (malloc'ed), or `nil` on end of input.
  nonisolated(unsafe) static var line: UnsafeMutablePointer<CChar>?
  /// Text typed before the prompt showed (at the pager), that the next line starts with.
  nonisolated(unsafe) static var typedAhead = ""
}

/// readline's line handler: keeps the line and removes itself, which restores the terminal's
/// normal mode before the command runs.
private let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
  EditorState.line = line
  EditorState.finished = true
  rl_callback_handler_remove()
}

extension LineReader {
  /// One-time readline set-up: our own signal handling, completion, and where its output goes.
  static func configureReadline() {
    rl_readline_name = UnsafePointer(strdup("multileader"))  // for `$if multileader` in ~/.inputrc
    // Our handlers only set flags and the poll loop acts on them (see Signals), so readline must not
    // install its own handlers inside rl_callback_read_char.
    rl_catch_signals = 0
    rl_catch_sigwinch = 0
    installCompletion()
    // `multileader > log` on a terminal: prompts and echo go to the screen, only output to the file.
    if !Terminal.isTerminal(STDOUT_FILENO) { rl_outstream = stderr }
  }

  /// Reads one line with readline's callback interface inside a `poll()` loop.
  func readFromTerminal(prompt: String) -> ReadResult {
    EditorState.finished = false
    EditorState.line = nil
    Signals.interrupt.store(false, ordering: .relaxed)  // forget a Ctrl-C pressed while a command ran
    rl_callback_handler_install(prompt, lineHandler)
    if !EditorState.typedAhead.isEmpty {
      // Keys typed at the pager for the prompt: the line starts with them.
      rl_insert_text(EditorState.typedAhead)
      EditorState.typedAhead = ""
      rl_redisplay()
    }
    var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    while !EditorState.finished {
      if let result = handlePendingSignals(prompt: prompt) { return result }
      let ready = poll(&input, 1, -1)
      if ready > 0 {
        if input.revents & Int16(POLLNVAL) != 0 {
          rl_callback_handler_remove()
          return .end
        }
        rl_callback_read_char()
      } else if ready < 0, errno != EINTR {
        let reason = String(cString: strerror(errno))
        rl_callback_handler_remove()
        return .failed(reason)
      }
    }
    guard let raw = EditorState.line else { return .end }  // readline already printed the newline
    defer { free(raw) }
    let byteCount = strlen(raw)
    guard byteCount <= ByteLineReader.lineLimit else { return .tooLong(byteCount: byteCount) }
    let result = Self.decoded(UnsafeRawBufferPointer(start: raw, count: byteCount))
    return result
  }

  /// Acts on the flags the signal handlers set; returns a result when reading must stop.
  private func handlePendingSignals(prompt: String) -> ReadResult? {
    let signal = Signals.termination.exchange(0, ordering: .relaxed)
    if signal != 0 {
      rl_callback_handler_remove()
      fputs("\n", rl_outstream)
      fflush(rl_outstream)
      return .terminated(signal: signal)
    }
    if Signals.interrupt.exchange(false, ordering: .relaxed) { discardLine(prompt: prompt) }
    if Signals.suspend.exchange(false, ordering: .relaxed) { suspend() }
    if Signals.resizedForEditor.exchange(false, ordering: .relaxed) { rl_resize_terminal() }
    return nil
  }

  /// Ctrl-C: shows `^C` after the line, drops it (leaving any Ctrl-R search) and prompts afresh.
  private func discardLine(prompt: String) {
    rl_free_line_state()
    rl_callback_sigcleanup()  // leaves incremental search, numeric arguments and key sequences
    rl_point = rl_end
    rl_redisplay()  // redraws `prompt + line`, replacing a `(reverse-i-search)` display
    // The terminal's echo is off under readline, so echo `^C` ourselves, before the clean-up below:
    // it ends with `\r`, and anything printed after it would land at column 0.
    fputs("^C", rl_outstream)
    fflush(rl_outstream)
    rl_cleanup_after_signal()
    rl_callback_handler_remove()
    fputs("\n", rl_outstream)
    rl_replace_line("", 1)
    rl_callback_handler_install(prompt, lineHandler)
  }

  /// Ctrl-Z: restores the terminal, stops, and on `fg` takes the terminal back and redraws the line.
  private func suspend() {
    rl_cleanup_after_signal()
    fputs("\n", rl_outstream)
    fflush(rl_outstream)
    Signals.suspendProcess()
    rl_reset_after_signal()
    _ = rl_forced_update_display()
  }
}
