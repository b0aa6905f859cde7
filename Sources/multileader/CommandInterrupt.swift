import Glibc
import Synchronization
import TerminalUI
import Workbench

/// The REPL's watch over a running command: Ctrl-C (or a terminating signal) stops it, and after
/// about a second its progress is shown on standard error, one line rewritten in place, when that
/// is a terminal.
final class CommandInterrupt: Sendable {
  /// How long a command runs before its progress is shown, and how often it is redrawn.
  static let progressDelay: Int64 = 1_000_000_000
  static let redrawInterval: Int64 = 200_000_000

  private let startedAt = Atomic<Int64>(0)
  private let lastDrawnAt = Atomic<Int64>(0)
  private let drawn = Atomic<Bool>(false)
  private let width = Atomic<Int>(80)
  private let showsProgress: Bool
  private let styler: Styler

  /// A watch that shows progress only when `showsProgress` (standard error is a terminal), its
  /// symbols spelled for `charset`.
  init(showsProgress: Bool, charset: DiagramCharset) {
    self.showsProgress = showsProgress
    styler = Styler(style: .plain, charset: charset)
  }

  /// The watch to hand to the session.
  var watch: CommandWatch {
    CommandWatch { [self] progress in
      let stop =
        Signals.interrupt.load(ordering: .relaxed) || Signals.termination.load(ordering: .relaxed) != 0
      if showsProgress && !stop { draw(progress) }
      return stop
    }
  }

  /// Starts timing a command at the terminal's `columns`; a Ctrl-C pressed before it is forgotten.
  func begin(columns: Int) {
    Signals.interrupt.store(false, ordering: .relaxed)
    width.store(max(20, columns), ordering: .relaxed)
    startedAt.store(Self.monotonicNanoseconds(), ordering: .relaxed)
    lastDrawnAt.store(0, ordering: .relaxed)
    drawn.store(false, ordering: .relaxed)
  }

  /// Clears the progress line, if one was drawn, before the command's output is printed.
  func end() {
    if drawn.exchange(false, ordering: .relaxed) { Console.printProgress("") }
  }

  private func draw(_ progress: () -> String) {
    let now = Self.monotonicNanoseconds()
    guard now - startedAt.load(ordering: .relaxed) >= Self.progressDelay,
      now - lastDrawnAt.load(ordering: .relaxed) >= Self.redrawInterval
    else { return }
    lastDrawnAt.store(now, ordering: .relaxed)
    drawn.store(true, ordering: .relaxed)
    let line = styler.symbols(progress() + " · Ctrl-C stops it")
    Console.printProgress(String(line.prefix(width.load(ordering: .relaxed) - 1)))
  }

  private static func monotonicNanoseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }
}
