import ReplicationModel

/// What an exploration found.
public struct ExplorationResult: Sendable {
  /// The distinct outcomes, the most frequent first.
  public let outcomes: [OutcomeSummary]
  /// Distinct states expanded.
  public let statesVisited: Int
  /// Steps computed by running the model.
  public let transitionsComputed: Int
  /// Steps whose result partial-order reduction read off a commuting diamond instead.
  public let transitionsCommuted: Int
  /// Complete orders covered (a floating-point count: they can be very many).
  public let orders: Double
  /// Classes of equivalent orders (orders that only swap steps at different nodes), when counted.
  public let classes: Double?
  /// Whether the bound on states stopped the search: other outcomes may exist.
  public let isPartial: Bool
  /// Whether the caller stopped the search (its `shouldStop` said yes); the result is partial.
  public let interrupted: Bool
  /// The options explored with.
  public let options: ExplorationOptions
  /// The client writes of the explored world (sent, not necessarily answered), in write order.
  public let writes: [WriteRecord]

  /// Orders covered per state visited: what state hashing and reduction saved.
  public var reductionFactor: Double { statesVisited == 0 ? 0 : orders / Double(statesVisited) }
}

/// One distinct outcome, how many orders lead to it, and the shortest of them.
public struct OutcomeSummary: Sendable {
  /// How the orders end.
  public let outcome: ExplorationOutcome
  /// How many complete orders end so.
  public let orders: Double
  /// The shortest order that ends so.
  public let shortest: [ExplorationStep]
}
