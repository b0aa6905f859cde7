/// What a long command asks of whoever runs it, now and then: shall I stop? It also says how far
/// it has got, so a terminal can show progress.
///
/// The workbench never reads a clock or a signal: the executable hands in a watch that reads
/// Ctrl-C's flag and shows progress after about a second; tests hand in one that stops after a
/// number of questions; everything else uses ``none``.
public struct CommandWatch: Sendable {
  /// Answers whether to stop, given a way to describe the progress so far (call it only to show it).
  private let check: @Sendable (_ progress: () -> String) -> Bool

  /// A watch that asks `check`.
  public init(_ check: @escaping @Sendable (_ progress: () -> String) -> Bool) {
    self.check = check
  }

  /// A watch that never stops anything and shows nothing.
  public static let none = CommandWatch { _ in false }

  /// Whether the running command should stop; `progress` says how far it has got.
  package func shouldStop(_ progress: @autoclosure () -> String) -> Bool { check(progress) }
}
