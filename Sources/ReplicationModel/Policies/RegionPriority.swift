/// Region priority: when writes conflict, the one from the higher-priority region wins.
///
/// "Writes from the US always win" applies to conflicts only: a write that has seen an earlier
/// one (its version vector descends from it) replaces it whatever the regions. Two concurrent
/// writes from regions of equal rank fall back to last-write-wins ordering.
public struct RegionPriority: ConflictPolicy {
  /// Creates the policy.
  public init() {}

  /// `priority`.
  public var name: String { "priority" }

  /// Keeps the concurrent version from the highest-priority region.
  ///
  /// The winner remembers the live writes it beat: a later write that replaces the winner but
  /// not a loser reopens the contest between that write and the loser, on every replica alike.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    let comparison = CausalComparison(held: held.flatMap(\.liveWrites), incoming: incoming)
    if let covering = comparison.coveringHeld {
      return Resolution(held: held, outcome: .obsolete(heldBy: covering.writeID))
    }
    guard !comparison.concurrent.isEmpty else {
      return Resolution(held: [incoming], outcome: comparison.replacementOutcome)
    }
    var winner = incoming
    for rival in comparison.concurrent where Self.beats(rival, winner, layout: layout) { winner = rival }
    let contenders = (comparison.concurrent + [incoming]).sortedByWrite()
    let discarded = contenders.filter { $0.writeID != winner.writeID || $0.dot != winner.dot }.map(\.writeID)
    let loser = contenders.first { $0.writeID != winner.writeID }!
    let rule: WinningRule =
      layout.rank(of: winner.origin) != layout.rank(of: loser.origin)
      ? .regionPriority : LastWriterWins.rule(winner: winner, loser: loser, layout: layout)
    let settlement = ConflictSettlement(
      incoming: incoming.writeID, rivals: comparison.concurrent.map(\.writeID),
      result: .winner(winner.writeID, discarded: discarded.sorted(), rule: rule))
    var kept = winner
    kept.settledFrom = contenders
    return Resolution(held: [kept], outcome: .conflict(settlement))
  }

  /// Whether `a` beats `b`: higher-priority region, then last-write-wins order.
  static func beats(_ a: Version, _ b: Version, layout: ClusterLayout) -> Bool {
    let rankA = layout.rank(of: a.origin)
    let rankB = layout.rank(of: b.origin)
    if rankA != rankB { return rankA < rankB }
    return LastWriterWins.sortsAfter(a, b, layout: layout)
  }
}
