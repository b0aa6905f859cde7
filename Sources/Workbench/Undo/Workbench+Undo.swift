import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  /// The world as undo keeps it.
  package var snapshot: WorldSnapshot {
    WorldSnapshot(world: world, configuration: configuration, seed: seed)
  }

  /// Puts a kept world back.
  package mutating func restore(_ snapshot: WorldSnapshot) {
    world = snapshot.world
    configuration = snapshot.configuration
    seed = snapshot.seed
  }

  /// Starts the undo history afresh at the current world; `origin` says in words where it starts
  /// ("step 3 of the scenario"), for when there is nothing more to undo.
  package mutating func restartHistory(origin: String) {
    history = UndoHistory(start: snapshot, origin: origin)
  }

  /// Runs a command that changes the world and records it in the undo history.
  package mutating func runRecorded(_ command: WorkbenchCommand, role: HistoryRole, line: String?)
    throws(ShellError) -> CommandOutcome
  {
    let outer = watch
    let flag = StopFlag()
    watch = outer.raising(flag)
    defer { watch = outer }
    let outcome = try runUnrecorded(command)
    // An interrupted command stopped part of the way, and an explored order is played from the
    // exploration's own copy of the world: replaying either would not give this world again.
    var kept: WorldSnapshot?
    if flag.isRaised { kept = snapshot }
    if case .replay = command { kept = snapshot }
    let label = line.map { TerminalText.sanitized($0.trimmingSpaces) } ?? "a change of the world"
    let now = snapshot
    history.record(UndoHistory.Entry(command: command, label: label, role: role, result: kept), after: now)
    return outcome
  }

  /// `undo`: the world as it was before the last world-changing command, rebuilt by replay.
  package mutating func undo() throws(ShellError) -> String {
    guard let range = history.lastDone else {
      let older =
        history.dropped > 0
        ? " (\(counted(history.dropped, "older command")) \(history.dropped == 1 ? "is" : "are") no longer kept: undo keeps the last \(UndoHistory.entryLimit - UndoHistory.snapshotInterval) to \(UndoHistory.entryLimit))"
        : ""
      throw ShellError(
        "Nothing to undo since \(history.origin)\(older).",
        hint:
          "undo takes back commands that change the world: write, run, policy, clock, partition and the rest."
      )
    }
    let plan = history.plan(toReach: range.lowerBound)
    restore(try replaying(plan.replay, on: plan.start, doing: "undo"))
    history.move(to: range.lowerBound)
    let entries = history.entries[range]
    let riders = entries.count - 1
    let also =
      riders == 0 ? "" : riders == 1 ? ", and the read after it" : ", and the \(riders) reads after it"
    let left = history.undoableCount
    let more = left == 0 ? "nothing more to undo" : "\(counted(left, "command")) can be undone"
    return "Undid: \(entries.first!.label)\(also) (\(more), redo brings it back)."
  }

  /// `redo`: plays again what the last undo took back.
  package mutating func redo() throws(ShellError) -> String {
    guard let range = history.nextUndone else {
      throw ShellError(
        "Nothing to redo.",
        hint: "redo brings back what undo took back, until a new command changes the world.")
    }
    restore(try replaying(history.entries[range], on: snapshot, doing: "redo"))
    history.move(to: range.upperBound)
    let left = history.redoableCount
    let more = left == 0 ? "nothing more to redo" : "\(counted(left, "more command")) to redo"
    return "Redid: \(history.entries[range.lowerBound].label) (\(more))."
  }

  /// Replays `entries` on `start` and returns the world they lead to; the live world is not
  /// touched, so a failure or Ctrl-C leaves it as it was.
  package func replaying(
    _ entries: ArraySlice<UndoHistory.Entry>, on start: WorldSnapshot, doing verb: String
  )
    throws(ShellError) -> WorldSnapshot
  {
    var scratch = Workbench(options: options)
    scratch.restore(start)
    let flag = StopFlag()
    scratch.watch = watch.raising(flag)
    for (number, entry) in entries.enumerated() {
      if let result = entry.result {
        scratch.restore(result)
        continue
      }
      let failure: ShellError?
      do {
        _ = try scratch.perform(entry.command)
        failure = nil
      } catch {
        failure = error
      }
      if flag.isRaised || watch.shouldStop("\(verb): replayed \(number + 1) of \(entries.count) commands") {
        throw ShellError("Interrupted: \(verb) stopped while replaying; the world is as it was.")
      }
      if let failure {
        throw ShellError(
          "\(verb) could not replay \(entry.label): \(failure.message) The world is as it was; please report this."
        )
      }
    }
    return scratch.snapshot
  }
}
