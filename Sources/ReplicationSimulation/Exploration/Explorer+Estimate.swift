import ReplicationModel

/// A rough size of an exploration, from random walks, before committing to it.
public struct ExplorationEstimate: Hashable, Sendable {
  /// Choices enabled at the start.
  public let choicesAtStart: Int
  /// The average length of a complete order.
  public let averageLength: Double
  /// An estimate of the number of complete orders (Knuth's estimator over the walks).
  public let orders: Double
}

extension Explorer {
  /// Estimates the number of orders of `world` from `walks` random complete orders, seeded so
  /// that the same world always gets the same estimate.
  public static func estimate(
    _ world: Simulation, options: ExplorationOptions = ExplorationOptions(), walks: Int = 16, seed: UInt64 = 1
  ) -> ExplorationEstimate {
    var rng = SplitMix64(seed: seed)
    let start = ExplorationState(world: world, options: options, keepTrace: false)
    let first = start.choices(options).count
    var totalOrders = 0.0
    var totalLength = 0
    for _ in 0..<max(walks, 1) {
      var state = start
      var product = 1.0
      var length = 0
      while length < 10_000 {
        let choices = state.choices(options)
        guard !choices.isEmpty else { break }
        product *= Double(choices.count)
        state.apply(choices[Int(rng.next() % UInt64(choices.count))])
        length += 1
      }
      totalOrders += product
      totalLength += length
    }
    let count = Double(max(walks, 1))
    return ExplorationEstimate(
      choicesAtStart: first, averageLength: Double(totalLength) / count, orders: totalOrders / count)
  }
}
