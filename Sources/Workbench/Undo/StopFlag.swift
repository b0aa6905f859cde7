import Synchronization

/// Remembers whether a watch said stop: a command interrupted with Ctrl-C returns normally, with
/// the world part of the way, and the undo history and replays need to know that it happened.
package final class StopFlag: Sendable {
  private let raised = Atomic(false)

  /// A flag not yet raised.
  package init() {}

  /// Whether the watch has said stop.
  package var isRaised: Bool { raised.load(ordering: .relaxed) }

  /// Marks that the watch said stop.
  package func raise() { raised.store(true, ordering: .relaxed) }
}

extension CommandWatch {
  /// This watch, raising `flag` whenever it says stop.
  package func raising(_ flag: StopFlag) -> CommandWatch {
    CommandWatch { progress in
      let stop = self.shouldStop(progress())
      if stop { flag.raise() }
      return stop
    }
  }
}
