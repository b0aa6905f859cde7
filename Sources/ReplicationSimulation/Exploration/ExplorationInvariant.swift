/// A property every explored order should keep, for `explore --check`.
public enum ExplorationInvariant: String, Hashable, Sendable, CaseIterable {
  /// Every replica ends with the same versions of every key.
  case converges
  /// No acknowledged write is thrown away.
  case noLostWrites = "no-lost-writes"
  /// No two acknowledged writes of one key are concurrent (neither saw the other).
  case noDoubleCommit = "no-double-commit"
  /// No replica receives a write before a write it depends on.
  case noOvertakes = "no-overtakes"

  /// Whether the outcome keeps the property.
  public func holds(in outcome: ExplorationOutcome) -> Bool {
    switch self {
    case .converges: outcome.converged
    case .noLostWrites: outcome.lostWrites.isEmpty
    case .noDoubleCommit: outcome.concurrentCommits.isEmpty
    case .noOvertakes: outcome.overtakes.isEmpty
    }
  }

  /// The property in words: `every replica ends with the same data`.
  public var meaning: String {
    switch self {
    case .converges: "every replica ends with the same data"
    case .noLostWrites: "no acknowledged write is lost"
    case .noDoubleCommit: "no two conflicting writes of a key are both acknowledged"
    case .noOvertakes: "no replica receives a write before one it depends on"
    }
  }
}
