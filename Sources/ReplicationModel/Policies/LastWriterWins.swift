/// Last write wins: keep the version with the largest timestamp, and only that one.
///
/// Ties are broken the same way on every replica: equal timestamps go to the region with the
/// higher priority (US first by default), then to the larger write id. Causality plays no part:
/// a write that happened later but carries an older timestamp (its leader's clock runs slow, or
/// the other's runs fast) loses, and is silently dropped. That is the policy's documented risk.
///
/// The same rule with another ``WinnerOrdering`` gives the last-write-wins presets of real
/// systems (Cassandra, DynamoDB, Cosmos DB, pgactive), which differ only in how ties are broken.
public struct LastWriterWins: ConflictPolicy {
  /// The order that decides the winner.
  public let ordering: WinnerOrdering

  /// Creates the policy; by default multileader's own order (timestamp, region, write id).
  public init(ordering: WinnerOrdering = .timestampThenRegion) { self.ordering = ordering }

  /// `lww`.
  public var name: String { "lww" }

  /// Keeps the version that sorts last by (timestamp, region priority, write id).
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    guard !held.isEmpty else { return Resolution(held: [incoming], outcome: .stored) }
    var winner = incoming
    for version in held where ordering.sortsAfter(version, winner, layout: layout) { winner = version }

    if winner.writeID == incoming.writeID && winner.dot == incoming.dot {
      let comparison = CausalComparison(held: held, incoming: incoming)
      if let newer = comparison.coveringHeld {
        return Resolution(
          held: [incoming], outcome: .causalityViolated(kept: incoming.writeID, discarded: newer.writeID))
      }
      if let rival = comparison.concurrent.first {
        let discarded = comparison.concurrent.map(\.writeID)
        let rule = ordering.rule(winner: incoming, loser: rival, layout: layout)
        let settlement = ConflictSettlement(
          incoming: incoming.writeID, rivals: discarded,
          result: .winner(incoming.writeID, discarded: discarded, rule: rule))
        return Resolution(held: [incoming], outcome: .conflict(settlement))
      }
      return Resolution(held: [incoming], outcome: comparison.replacementOutcome)
    }

    switch incoming.order(relativeTo: winner) {
    case .before, .equal:
      return Resolution(held: [winner], outcome: .obsolete(heldBy: winner.writeID))
    case .after:
      return Resolution(
        held: [winner], outcome: .causalityViolated(kept: winner.writeID, discarded: incoming.writeID))
    case .concurrent:
      let rule = ordering.rule(winner: winner, loser: incoming, layout: layout)
      let settlement = ConflictSettlement(
        incoming: incoming.writeID, rivals: [winner.writeID],
        result: .winner(winner.writeID, discarded: [incoming.writeID], rule: rule))
      return Resolution(held: [winner], outcome: .conflict(settlement))
    }
  }

  /// Keeps, in place, the versions ``resolve(held:incoming:layout:)`` keeps under `ordering`: the
  /// one that sorts last. The outcome is not described.
  static func keepWinner(
    in held: inout [Version], incoming: Version, ordering: WinnerOrdering, layout: ClusterLayout
  ) {
    if held.count == 1 {
      if !ordering.sortsAfter(held[0], incoming, layout: layout) { held[0] = incoming }
      return
    }
    var winner = incoming
    for version in held where ordering.sortsAfter(version, winner, layout: layout) { winner = version }
    held = [winner]
  }

  /// Whether `a` beats `b` under multileader's own order: larger timestamp, then higher-priority
  /// region, then larger write id.
  static func sortsAfter(_ a: Version, _ b: Version, layout: ClusterLayout) -> Bool {
    WinnerOrdering.timestampThenRegion.sortsAfter(a, b, layout: layout)
  }

  /// Which step of multileader's own order decided between a winner and a loser.
  static func rule(winner: Version, loser: Version, layout: ClusterLayout) -> WinningRule {
    WinnerOrdering.timestampThenRegion.rule(winner: winner, loser: loser, layout: layout)
  }
}
