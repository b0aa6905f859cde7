/// A total order over versions that decides which one a winner-picking policy keeps.
///
/// Last-write-wins and the real-system presets built on it differ only here: what is compared
/// first (the timestamp), and how ties are broken. Every ordering ends with the write id, so no two
/// different writes ever tie and every replica picks the same winner whatever the arrival order.
public enum WinnerOrdering: Hashable, Sendable {
  /// Timestamp, then the higher-priority region, then the larger write id (multileader's `lww`).
  case timestampThenRegion
  /// Timestamp, then the larger write id (DynamoDB global tables, Riak with `last_write_wins`).
  case timestampThenWrite
  /// Apache Cassandra's cell rule: timestamp; at equal timestamps a deletion beats a value, then
  /// the bytewise larger value wins.
  case cassandra
  /// Azure Cosmos DB's last-writer-wins: a deletion wins, whatever the timestamps; then the
  /// timestamp. Cosmos DB applies it to concurrent versions only (``ConcurrentWinner``): a write
  /// that has seen a deletion replaces it.
  case cosmos
  /// pgactive (PostgreSQL multi-master): commit timestamp; at equal timestamps the node with the
  /// lower id wins.
  case pgactive

  /// Whether `a` beats `b` under this ordering.
  func sortsAfter(_ a: Version, _ b: Version, layout: ClusterLayout) -> Bool {
    guard self == .timestampThenRegion else { return decidingRule(a, b, layout: layout).aWins }
    return Self.timestampThenRegionSortsAfter(a, b, layout: layout)
  }

  /// ``sortsAfter(_:_:layout:)`` for ``timestampThenRegion``, the default policy's order, on
  /// every replicated write: the same steps as `decidingRule`, without naming the rule.
  ///
  /// Never inlined: inlined into a caller that then replaces the held version, it made the
  /// compiler retain the version for the comparison.
  @inline(never)
  private static func timestampThenRegionSortsAfter(_ a: Version, _ b: Version, layout: ClusterLayout) -> Bool
  {
    let timestampA = a.timestamp
    let timestampB = b.timestamp
    if timestampA != timestampB { return timestampA > timestampB }
    let rankA = layout.rank(of: a.origin)
    let rankB = layout.rank(of: b.origin)
    if rankA != rankB { return rankA < rankB }
    return a.writeID > b.writeID
  }

  /// Which step decided between a winner and a loser.
  func rule(winner: Version, loser: Version, layout: ClusterLayout) -> WinningRule {
    decidingRule(winner, loser, layout: layout).rule
  }

  /// The first step of the ordering that tells `a` and `b` apart, and whether `a` wins it.
  private func decidingRule(_ a: Version, _ b: Version, layout: ClusterLayout) -> (
    aWins: Bool, rule: WinningRule
  ) {
    let aDeleted = a.payload.isTombstone
    let bDeleted = b.payload.isTombstone
    if self == .cosmos && aDeleted != bDeleted { return (aDeleted, .deletionAlwaysWins) }
    if a.timestamp != b.timestamp { return (a.timestamp > b.timestamp, .newerTimestamp) }
    switch self {
    case .timestampThenRegion:
      let rankA = layout.rank(of: a.origin)
      let rankB = layout.rank(of: b.origin)
      if rankA != rankB { return (rankA < rankB, .regionPriorityTieBreak) }
    case .cassandra:
      if aDeleted != bDeleted { return (aDeleted, .deletionWinsTie) }
      if let aText = a.payload.text, let bText = b.payload.text, aText != bText {
        return (bText.utf8.lexicographicallyPrecedes(aText.utf8), .largerValueWinsTie)
      }
    case .pgactive:
      if a.origin != b.origin { return (a.origin < b.origin, .lowerNodeWinsTie) }
    case .timestampThenWrite, .cosmos:
      break
    }
    return (a.writeID > b.writeID, .writeIDTieBreak)
  }
}
