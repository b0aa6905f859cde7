import ReplicationModel

/// Whether the replicas agree, and which acknowledged writes no replica holds any more.
public struct ConvergenceReport: Hashable, Sendable {
  /// Whether every replica holds exactly the same versions of every key.
  public let converged: Bool
  /// Keys on which replicas disagree, sorted.
  public let divergentKeys: [String]
  /// Acknowledged writes that no replica holds and no later write deliberately replaced.
  public let lostWrites: [WriteRecord]
  /// Keys whose replicas keep several concurrent versions (siblings), with those writes.
  public let unresolvedConflicts: [UnresolvedConflict]
  /// Writes the clients were told were accepted.
  public let acknowledgedWrites: Int
  /// Items a client removed that a merge brought back (lost intent, not lost writes).
  public internal(set) var undoneRemovals: [UndoneRemoval] = []
  /// Messages still on their way.
  public let messagesInFlight: Int
  /// Messages waiting for a partition to heal or a node to recover.
  public let messagesHeld: Int

  /// Whether the network had delivered everything it could when the report was made.
  public var isSettled: Bool { messagesInFlight == 0 && messagesHeld == 0 }
}

/// A key whose replicas keep several concurrent versions.
public struct UnresolvedConflict: Hashable, Sendable {
  /// The key.
  public let key: String
  /// The sibling writes, in write order.
  public let writes: [WriteID]
}

extension ConvergenceReport {
  /// The keys whose replicas keep siblings, from the stores alone: what ``unresolvedConflicts``
  /// says, without looking through the write history (so its cost does not grow with it).
  static func unresolvedConflicts(in nodes: [ReplicaNode]) -> [UnresolvedConflict] {
    var keys = Set<String>()
    for node in nodes { keys.formUnion(node.store.keys.keys) }
    return keys.sorted().compactMap { key in
      for node in nodes {
        let held = node.store[key].held
        if held.count > 1 { return UnresolvedConflict(key: key, writes: held.map(\.writeID)) }
      }
      return nil
    }
  }

  /// Builds the report from the replicas' stores and the write history.
  ///
  /// A write counts as kept when some replica holds it (as the value, a sibling, or part of a
  /// merged value; for an lww-map, as its map key's entry) and as replaced when a later accepted write saw it and meant to replace it:
  /// its leader held it, or its client passed a read context that includes it (a write no
  /// policy had thrown away; the read may have been made at another replica than the one
  /// that accepted the write, but before the writing client sent its request). An acknowledged
  /// write that is neither is lost: a policy threw it away, or a write that never saw it
  /// claimed to have seen it.
  init(nodes: [ReplicaNode], history: WriteHistory, inFlight: Int, held: Int) {
    let fingerprints = nodes.map(\.store.contentFingerprint)
    var allKeys = Set<String>()
    for fingerprint in fingerprints { allKeys.formUnion(fingerprint.keys) }
    let keys = allKeys.sorted()
    var divergent: [String] = []
    var conflicts: [UnresolvedConflict] = []
    var kept = Set<WriteID>()
    for key in keys {
      let versions = fingerprints.map { $0[key] ?? [] }
      if versions.contains(where: { $0 != versions[0] }) { divergent.append(key) }
      for held in versions {
        for version in held { kept.formUnion(Self.writesShowing(in: version, history: history)) }
      }
      if let siblings = versions.first(where: { $0.count > 1 }) {
        conflicts.append(UnresolvedConflict(key: key, writes: siblings.map(\.writeID)))
      }
    }
    var replaced = Set<WriteID>()
    var readContexts: [String: [(context: VersionVector, sentAt: SimTime)]] = [:]
    for record in history.records.values where record.version != nil {
      replaced.formUnion(record.replaces)
      if let context = record.context {
        readContexts[record.key, default: []].append((context, record.sentAt))
      }
    }
    for record in history.records.values where record.firstDiscard == nil {
      // An lww-map write is replaced only by writes to its own map key (below), not by any write
      // to the map whose context saw it.
      guard let version = record.version, let contexts = readContexts[record.key],
        Self.mapEntry(of: record) == nil
      else { continue }
      // A context replaces the write only if its client could have read it: the write was
      // accepted before the client sent the context. A context counting a write that did not yet
      // exist saw nothing of it.
      guard let acceptedAt = record.acceptedAt else { continue }
      if contexts.contains(where: { acceptedAt <= $0.sentAt && version.isIncluded(in: $0.context) }) {
        replaced.insert(record.write)
      }
    }
    replaced.formUnion(Self.mapWritesReplacedOnPurpose(history))
    // Filter first and sort only what is lost (usually few), not every record.
    let lost = history.records.values.filter {
      $0.isAcknowledged && !kept.contains($0.write) && !replaced.contains($0.write)
    }.sorted { $0.write < $1.write }
    converged = divergent.isEmpty
    divergentKeys = divergent
    lostWrites = lost
    unresolvedConflicts = conflicts
    acknowledgedWrites = history.records.values.filter(\.isAcknowledged).count
    messagesInFlight = inFlight
    messagesHeld = held
  }
}
