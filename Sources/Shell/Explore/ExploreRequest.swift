import ReplicationSimulation

/// What `explore` explores, and the property it checks.
struct ExploreRequest: Hashable, Sendable {
  /// The fault budget, the bound and the delivery rules.
  var options = ExplorationOptions()
  /// The property to check, if any.
  var check: ExplorationInvariant?
  /// Whether `--max-states` was given: a partial answer is then what was asked for.
  var boundGiven = false
}

/// What `replay` plays.
enum ReplayRequest: Hashable, Sendable {
  /// The shortest order of an outcome (numbered from 1), all of it or its first steps.
  case outcome(Int, steps: Int?)
  /// One more step of the order being replayed.
  case next
}

/// The last exploration, kept for `replay`.
struct ExplorationMemory: Sendable {
  /// The world as it was when explored.
  let start: Simulation
  /// What the exploration found.
  let result: ExplorationResult
  /// The outcome being replayed (an index into the result's outcomes).
  var outcome = 0
  /// How many of its steps have been played.
  var played = 0
}
