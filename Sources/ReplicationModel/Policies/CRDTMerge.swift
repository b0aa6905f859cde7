/// A CRDT key: replicas merge the states they receive, so nothing is picked and nothing dropped.
///
/// A replica holds one version whose payload is the merge of every state it has received. Its
/// vector, timestamp and contributing writes are the joins of theirs, so every replica that has
/// received the same writes holds the same version, whatever the order. For a last-writer-wins
/// register the contributors are those of the state that won, because the other assignment's
/// value is gone; every other kind lists all its writes. All but one keep an effect of every
/// write (a count, an element, a character); an lww-map keeps one write per map key, and
/// ``CRDTValue/retains(_:by:at:)`` tells which of its contributors' entries still stand.
public struct CRDTMerge: ConflictPolicy {
  /// The kind of CRDT the key holds.
  public let kind: CRDTKind

  /// Creates the policy for a kind.
  public init(kind: CRDTKind) { self.kind = kind }

  /// `crdt KIND`.
  public var name: String { "crdt \(kind.rawValue)" }

  /// Merges the incoming state into the held one.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    guard case .crdt(let incomingState) = incoming.payload, incomingState.kind == kind else {
      // A plain version (from before the key became a CRDT) or another kind: keep both visible.
      return SiblingKeeping.resolve(held: held, incoming: incoming)
    }
    guard let current = held.first, held.count == 1, case .crdt(let heldState) = current.payload,
      heldState.kind == kind
    else {
      if held.isEmpty { return Resolution(held: [incoming], outcome: .stored) }
      return SiblingKeeping.resolve(held: held, incoming: incoming)
    }
    var merged = heldState
    // Same kind, checked above, so the merge cannot fail.
    try? merged.merge(incomingState)
    let newest = current.writeID > incoming.writeID ? current : incoming
    // The join of the vectors alone, which is the same in every order. A dot kept apart from its
    // vector (a write from a stale context) stays out, even when it would continue the join:
    // the merged version keeps only the newest dot, so whether a forgotten one continues the
    // vector later would depend on the arrival order. Adding the dot regardless would claim the
    // earlier writes of its leader that the write never saw.
    let vector = current.vector.joined(with: incoming.vector)
    let contributors: [WriteID]
    if kind == .lwwRegister && merged != heldState {
      contributors = incoming.contributors
    } else if kind == .lwwRegister && merged != incomingState {
      contributors = current.contributors
    } else {
      contributors = Set(current.contributors + incoming.contributors).sorted()
    }
    let version = Version(
      key: incoming.key, payload: .crdt(merged), vector: vector, dot: newest.dot,
      timestamp: max(current.timestamp, incoming.timestamp), origin: newest.origin, writeID: newest.writeID,
      mergedFrom: contributors)
    let outcome: ApplyOutcome
    switch incoming.order(relativeTo: current) {
    case .before, .equal: outcome = .obsolete(heldBy: current.writeID)
    case .after: outcome = .replaced(previous: [current.writeID])
    case .concurrent:
      outcome = .conflict(
        ConflictSettlement(
          incoming: incoming.writeID, rivals: Self.rivals(of: incoming, in: current),
          result: .merged(.crdt(merged))))
    }
    return Resolution(held: [version], outcome: outcome)
  }

  /// The held writes an arriving state is concurrent with: those whose effect the held state has
  /// and the arriving one lacks.
  ///
  /// The held version is a merge, named by its newest write, and the arriving write may have
  /// seen that one (Asia adds twice while the US removes: the second add has seen the first, and
  /// only the removal is its rival). Apart from a last-writer-wins register, a state lists every
  /// write it was built from, so a held contributor it does not list is one it never saw. When
  /// that leaves none (a register, whose state lists only the assignment that won), the held
  /// version's own write is named.
  static func rivals(of incoming: Version, in current: Version) -> [WriteID] {
    let seen = Set(incoming.contributors)
    let unseen = current.contributors.filter { !seen.contains($0) }
    return unseen.isEmpty ? [current.writeID] : unseen
  }
}
