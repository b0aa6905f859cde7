import Glibc
import Shell
import Synchronization
import Tutor
import Workbench

/// The one live session, where readline's C callbacks (Tab completion) can reach it.
///
/// readline calls back on the main thread while the REPL waits for input, and nothing else runs
/// then, so unsynchronised access is safe.
enum SessionHolder {
  /// The REPL's session; `nil` outside the REPL.
  nonisolated(unsafe) static var session: ShellSession?
}

/// The interactive shell: reads lines with the line editor and runs them in the live session.
enum Repl {
  /// Runs the REPL until `quit` or Ctrl-D and returns the exit code; a terminating signal ends the
  /// process after the terminal is restored.
  static func run(globals: GlobalOptions) -> Int32 {
    Signals.watchResize()
    Signals.takeOverForEditor()
    let historyPath: String?
    switch HistoryFile.prepare() {
    case .success(let path):
      historyPath = path
    case .failure(let unavailable):
      historyPath = nil
      Console.printError("history will not be saved: \(unavailable.reason)")
    }
    let reader = LineReader(terminalWithHistoryAt: historyPath)
    let color = globals.colorEnabled
    let errorColor = color && Terminal.isTerminal(STDERR_FILENO)
    SessionHolder.session = globals.makeSession()
    SessionHolder.session!.restoreHistory(reader.loadedHistory)
    let progress = ProgressSetup.store(
      data: globals.data, legacyPlaceFile: historyPath.map(PlaceFile.path(historyPath:)))
    SessionHolder.session!.attachProgress(progress)
    let interrupt = CommandInterrupt(
      showsProgress: Terminal.isTerminal(STDERR_FILENO), charset: SessionHolder.session!.options.charset)
    SessionHolder.session!.watch = interrupt.watch
    Console.printOutput(
      Greeting.text(
        returning: ProgressSetup.returning(progress), color: color,
        width: SessionHolder.session!.options.width))
    defer {
      reader.finish()
      SessionHolder.session = nil
    }
    // The session reads no clock: the time is passed in before each line, once, for the progress
    // store and for the mock interview's time budget.
    while true {
      switch reader.read(prompt: prompt(SessionHolder.session!.prompt, color: color)) {
      case .line(let line):
        globals.refreshWidth(of: &SessionHolder.session!)
        let now = WallClock.now()
        let time = LearnerTime(
          now, utcOffsetSeconds: WallClock.utcOffset(at: now), wallClockSeconds: now.secondsSince1970)
        interrupt.begin(columns: SessionHolder.session!.options.width)
        let outcome = SessionHolder.session!.execute(line, at: time)
        interrupt.end()
        if outcome.clearsScreen && Terminal.isTerminal(STDOUT_FILENO) { Console.clearScreen() }
        // Only commands go into the history: Up and Enter must never send an old answer again.
        if !outcome.wasAnswer { reader.remember(line) }
        reader.typeAhead(
          Pager.print(
            outcome.output, rows: Terminal.windowRows(), columns: SessionHolder.session!.options.width))
        for notice in outcome.notices { Console.printError(notice, color: errorColor) }
        if let error = outcome.error { Console.printError(error, color: errorColor) }
        if let export = outcome.export {
          switch FileExportWriter.write(export) {
          case .success(let confirmation): Console.printOutput(confirmation)
          case .failure(let failure): Console.printError(failure.message, color: errorColor)
          }
        }
        if outcome.shouldQuit { return 0 }
      case .tooLong(let byteCount):
        Console.printError(LineLimit.message(byteCount: byteCount), color: errorColor)
      case .notUTF8(let byte):
        Console.printError(LineLimit.notUTF8Message(byte: byte), color: errorColor)
      case .end:
        return 0
      case .failed(let reason):
        Console.printError("cannot read the terminal: \(reason)")
        return 1
      case .terminated(let signal):
        reader.finish()
        Signals.raiseWithDefaultAction(signal)
      }
    }
  }

  /// `name> `, with the name in bold green when colour is on (escapes hidden from readline's width).
  static func prompt(_ name: String, color: Bool) -> String {
    guard color else { return name + "> " }
    return Escape.invisible(Escape.boldGreen) + name + Escape.invisible(Escape.reset) + "> "
  }
}
