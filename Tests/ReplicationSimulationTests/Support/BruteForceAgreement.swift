import ReplicationModel
import Testing

@testable import ReplicationSimulation

extension Explorer {
  /// Explores `world` with reduction on and off and expects both to count, per outcome, exactly
  /// the orders brute force walks; `false` (and no expectation) when brute force gives up at
  /// `limit` orders.
  static func expectAgreesWithBruteForce(
    _ world: Simulation, options: ExplorationOptions, limit: Int = 5_000,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> (reduced: ExplorationResult, plain: ExplorationResult)? {
    guard let brute = bruteForce(world, options: options, limit: limit) else { return nil }
    let reduced = explore(world, options: options)
    var withoutReduction = options
    withoutReduction.reduction = false
    let plain = explore(world, options: withoutReduction)
    for result in [reduced, plain] {
      var counts: [ExplorationOutcome: Int] = [:]
      for summary in result.outcomes { counts[summary.outcome] = Int(summary.orders) }
      #expect(counts == brute, sourceLocation: sourceLocation)
    }
    return (reduced, plain)
  }
}
