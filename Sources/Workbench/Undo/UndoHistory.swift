import ReplicationModel
import ReplicationSimulation

/// The world as undo keeps it: the simulation and what it was built from.
package struct WorldSnapshot: Sendable {
  /// The simulation.
  package var world: Simulation
  /// The cluster description it was built from.
  package var configuration: ClusterConfiguration
  /// Its seed.
  package var seed: UInt64
}

/// The world-changing commands since the world's history began, for `undo`, `redo` and `what-if`.
///
/// The history starts when the world is handed over whole (the session's start, a scenario step,
/// a lesson example) and records every command that changes the world after that, `reset` and
/// `cluster` included, so they can be undone too. `undo` rebuilds the world by deterministic
/// replay from the nearest snapshot: one is kept every ``snapshotInterval`` commands, so an undo
/// replays fewer than that many, and at most ``entryLimit`` commands are kept (the oldest go in
/// blocks), so neither memory nor the cost of a command grows with the length of a session.
package struct UndoHistory: Sendable {
  /// One recorded command.
  package struct Entry: Sendable {
    /// The command.
    package let command: WorkbenchCommand
    /// The line as typed, for "Undid: …".
    package let label: String
    /// Whether it is an undo step or rides along with the one before it.
    package let role: HistoryRole
    /// The world just after it, when replaying the command would not give it again: a command
    /// interrupted with Ctrl-C, or an explored order played with `replay`.
    package let result: WorldSnapshot?
  }

  /// Undo replays at most this many commands: a snapshot is kept every so many.
  package static let snapshotInterval = 25
  /// The most commands kept; beyond it the oldest are dropped, a snapshot's worth at a time.
  package static let entryLimit = 100

  /// What the history starts from, in words: "the session started", "step 3 of a scenario".
  package private(set) var origin: String
  /// The recorded commands: the first ``position`` are done, the rest were undone (for redo).
  package private(set) var entries: [Entry] = []
  /// How many entries are done.
  package private(set) var position = 0
  /// Snapshots of the world after the first `index` entries, by increasing index; the first is
  /// always at index 0.
  package private(set) var snapshots: [(index: Int, world: WorldSnapshot)]
  /// How many undo steps were dropped at the old end.
  package private(set) var dropped = 0

  /// A history that starts at `start`.
  package init(start: WorldSnapshot, origin: String) {
    self.origin = origin
    snapshots = [(0, start)]
  }

  /// How many steps `undo` can take back.
  package var undoableCount: Int { entries.prefix(position).count { $0.role == .step } }

  /// How many steps `redo` can bring back.
  package var redoableCount: Int { entries.dropFirst(position).count { $0.role == .step } }

  /// Records a command just done, which left `world`; any undone commands are forgotten, as in
  /// an editor. The world is kept only when a snapshot is due (a copy shares its storage until the
  /// world changes again).
  package mutating func record(_ entry: Entry, after world: WorldSnapshot) {
    forgetUndone()
    entries.append(entry)
    position = entries.count
    if position - snapshots[snapshots.count - 1].index >= Self.snapshotInterval {
      snapshots.append((position, world))
    }
    dropOldest()
  }

  /// The entries that the last undo step covers: from the last step before ``position`` up to
  /// ``position``; `nil` when there is none.
  package var lastDone: Range<Int>? {
    guard let start = entries.prefix(position).lastIndex(where: { $0.role == .step }) else { return nil }
    return start..<position
  }

  /// The entries the next redo brings back: the next step and the riders after it.
  package var nextUndone: Range<Int>? {
    guard position < entries.count else { return nil }
    var end = position + 1
    while end < entries.count && entries[end].role != .step { end += 1 }
    return position..<end
  }

  /// Moves the position (after the world has been rebuilt to match it).
  package mutating func move(to newPosition: Int) {
    position = newPosition
  }

  /// The nearest snapshot at or before `index`, and the entries to replay on it to reach `index`.
  package func plan(toReach index: Int) -> (start: WorldSnapshot, replay: ArraySlice<Entry>) {
    let snapshot = snapshots.last { $0.index <= index } ?? snapshots[0]
    return (snapshot.world, entries[snapshot.index..<index])
  }

  /// The world the history starts from (the oldest snapshot kept) and every done entry.
  package var fromStart: (start: WorldSnapshot, done: ArraySlice<Entry>) {
    (snapshots[0].world, entries.prefix(position))
  }

  private mutating func forgetUndone() {
    guard position < entries.count else { return }
    entries.removeSubrange(position...)
    snapshots.removeAll { $0.index > position }
  }

  /// Drops the oldest block of entries, up to the second snapshot, once there are too many.
  private mutating func dropOldest() {
    while entries.count > Self.entryLimit, snapshots.count >= 2 {
      let cut = snapshots[1].index
      dropped += entries.prefix(cut).count { $0.role == .step }
      entries.removeFirst(cut)
      position -= cut
      snapshots.removeFirst()
      snapshots = snapshots.map { ($0.index - cut, $0.world) }
    }
  }
}
