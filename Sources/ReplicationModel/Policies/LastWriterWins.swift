/// Last write wins: keep the version with the largest timestamp, and only that one.
///
/// Ties are broken the same way on every replica: equal timestamps go to the region with the
/// higher priority (US first by default), then to the larger write id. Causality plays no part:
/// a write that happened later but carries an older timestamp (its leader's clock runs slow, or
/// the other's runs fast) loses, and is silently dropped. That is the policy's documented risk.
public struct LastWriterWins: ConflictPolicy {
  /// Creates the policy.
  public init() {}

  /// `lww`.
  public var name: String { "lww" }

  /// Keeps the version that sorts last by (timestamp, region priority, write id).
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    guard !held.isEmpty else { return Resolution(held: [incoming], outcome: .stored) }
    var winner = incoming
    for version in held where Self.sortsAfter(version, winner, layout: layout) { winner = version }

    if winner.writeID == incoming.writeID && winner.dot == incoming.dot {
      let comparison = CausalComparison(held: held, incoming: incoming)
      if let newer = comparison.coveringHeld {
        return Resolution(
          held: [incoming], outcome: .causalityViolated(kept: incoming.writeID, discarded: newer.writeID))
      }
      if let rival = comparison.concurrent.first {
        let discarded = comparison.concurrent.map(\.writeID)
        let rule = Self.rule(winner: incoming, loser: rival, layout: layout)
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
      let rule = Self.rule(winner: winner, loser: incoming, layout: layout)
      let settlement = ConflictSettlement(
        incoming: incoming.writeID, rivals: [winner.writeID],
        result: .winner(winner.writeID, discarded: [incoming.writeID], rule: rule))
      return Resolution(held: [winner], outcome: .conflict(settlement))
    }
  }

  /// Keeps, in place, the versions ``resolve(held:incoming:layout:)`` keeps: the one that sorts
  /// last. The outcome is not described.
  static func keepWinner(in held: inout [Version], incoming: Version, layout: ClusterLayout) {
    if held.count == 1 {
      if !sortsAfter(held[0], incoming, layout: layout) { held[0] = incoming }
      return
    }
    var winner = incoming
    for version in held where sortsAfter(version, winner, layout: layout) { winner = version }
    held = [winner]
  }

  /// Whether `a` beats `b`: larger timestamp, then higher-priority region, then larger write id.
  static func sortsAfter(_ a: Version, _ b: Version, layout: ClusterLayout) -> Bool {
    if a.timestamp != b.timestamp { return a.timestamp > b.timestamp }
    let rankA = layout.rank(of: a.origin)
    let rankB = layout.rank(of: b.origin)
    if rankA != rankB { return rankA < rankB }
    return a.writeID > b.writeID
  }

  /// Which step of the ordering decided between a winner and a loser.
  static func rule(winner: Version, loser: Version, layout: ClusterLayout) -> WinningRule {
    if winner.timestamp != loser.timestamp { return .newerTimestamp }
    if layout.rank(of: winner.origin) != layout.rank(of: loser.origin) { return .regionPriorityTieBreak }
    return .writeIDTieBreak
  }
}
