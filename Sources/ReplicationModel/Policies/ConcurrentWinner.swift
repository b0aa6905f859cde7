/// A winner-picking rule that settles only concurrent writes, as Azure Cosmos DB does.
///
/// A write that has seen a version (its vector covers it) replaces it, whatever the order says:
/// it is a later update, not a conflict. Versions that no received write has seen (the key's
/// frontier) are settled by ``WinnerOrdering``: under ``WinnerOrdering/cosmos`` a deletion beats
/// a concurrent update, then the later timestamp wins. The winner remembers the live writes it
/// beat (``Version/settledFrom``), so a later write that has seen only some of them reopens the
/// contest between itself and the rest. The frontier depends only on the writes received, and the
/// winner only on the frontier, so replicas that received the same writes hold the same version
/// whatever the arrival order.
///
/// A rule that lets a deletion beat only concurrent writes cannot be run pairwise on one held
/// version: it is not a total order (a deletion beats a concurrent value that a later value, in
/// turn, replaces), and replicas meeting the versions in different orders would keep different
/// ones.
public struct ConcurrentWinner: ConflictPolicy {
  /// The order that settles concurrent versions.
  public let ordering: WinnerOrdering

  /// Creates the policy.
  public init(ordering: WinnerOrdering) { self.ordering = ordering }

  /// `concurrent winner`.
  public var name: String { "concurrent winner" }

  /// Replaces what the incoming write has seen; settles the concurrent versions by the order.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    let comparison = CausalComparison(held: held.flatMap(\.liveWrites), incoming: incoming)
    if let covering = comparison.coveringHeld {
      return Resolution(held: held, outcome: .obsolete(heldBy: covering.writeID))
    }
    guard !comparison.concurrent.isEmpty else {
      return Resolution(held: [incoming], outcome: comparison.replacementOutcome)
    }
    let contenders = (comparison.concurrent + [incoming]).sortedByWrite()
    var winner = incoming
    for rival in comparison.concurrent where ordering.sortsAfter(rival, winner, layout: layout) {
      winner = rival
    }
    let losers = contenders.filter { $0.writeID != winner.writeID || $0.dot != winner.dot }
    // The rule that decided is the one that beat the strongest loser.
    var runnerUp = losers[0]
    for loser in losers.dropFirst() where ordering.sortsAfter(loser, runnerUp, layout: layout) {
      runnerUp = loser
    }
    let rule = ordering.rule(winner: winner, loser: runnerUp, layout: layout)
    let settlement = ConflictSettlement(
      incoming: incoming.writeID, rivals: comparison.concurrent.map(\.writeID),
      result: .winner(winner.writeID, discarded: losers.map(\.writeID).sorted(), rule: rule))
    var kept = winner
    kept.settledFrom = contenders
    return Resolution(held: [kept], outcome: .conflict(settlement))
  }
}
