import ReplicationSimulation

/// What `explore` explores, and the property it checks.
package struct ExploreRequest: Hashable, Sendable {
  /// The fault budget, the bound and the delivery rules.
  package var options = ExplorationOptions()
  /// The property to check, if any.
  package var check: ExplorationInvariant?
  /// Whether `--max-states` was given: a partial answer is then what was asked for.
  package var boundGiven = false

  /// The largest `--max-states` the parser accepts.
  package static let maximumStates = 2_000_000
}

/// What `replay` plays.
package enum ReplayRequest: Hashable, Sendable {
  /// The shortest order of an outcome (numbered from 1), all of it or its first steps.
  case outcome(Int, steps: Int?)
  /// One more step of the order being replayed.
  case next
}

/// The last exploration, kept for `replay`.
package struct ExplorationMemory: Sendable {
  /// The world as it was when explored.
  package let start: Simulation
  /// What the exploration found.
  package let result: ExplorationResult
  /// The outcome being replayed (an index into the result's outcomes).
  package var outcome = 0
  /// How many of its steps have been played.
  package var played = 0
}
