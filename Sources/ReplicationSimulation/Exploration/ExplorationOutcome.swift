import ReplicationModel

/// How an explored order ended: what every replica holds, and what became of the writes.
public struct ExplorationOutcome: Hashable, Sendable {
  /// Every replica's content, by node.
  public let replicas: [ReplicaContent]
  /// Acknowledged writes that no replica holds and no later write deliberately replaced.
  public let lostWrites: [WriteID]
  /// Writes the clients were told were rejected.
  public let rejectedWrites: [WriteID]
  /// Keys some replica keeps several concurrent versions of.
  public let siblingKeys: [String]
  /// Whether every replica holds the same versions of every key.
  public let converged: Bool
  /// Replicas that received a write before one it depends on (none recorded under
  /// ``OutcomeDetail/contents``).
  public let overtakes: [Overtake]
  /// Pairs of acknowledged writes of one key where neither saw the other: under quorum, a
  /// double commit (none recorded under ``OutcomeDetail/contents``).
  public let concurrentCommits: [[WriteID]]

  /// The outcome of a finished world, recorded in `detail`.
  init(world: Simulation, overtakes: [Overtake], detail: OutcomeDetail) {
    replicas = world.nodes.map { node in
      let keys = node.store.contentFingerprint.sorted { $0.key < $1.key }.map { key, versions in
        KeyContent(
          key: key, values: versions.map { $0.payload.description }.sorted(),
          writes: versions.flatMap(\.contributors).sorted())
      }
      return ReplicaContent(node: node.id, keys: keys)
    }
    let report = world.report()
    lostWrites = report.lostWrites.map(\.write)
    converged = report.converged
    siblingKeys = report.unresolvedConflicts.map(\.key)
    let records = world.history.inOrder
    rejectedWrites = records.filter {
      if case .rejected? = $0.result { return true }
      return false
    }.map(\.write)
    self.overtakes = overtakes
    guard detail == .everything else {
      concurrentCommits = []
      return
    }
    var pairs: [[WriteID]] = []
    let accepted = records.compactMap { record -> (WriteID, Version)? in
      guard case .accepted(let version)? = record.result else { return nil }
      return (record.write, version)
    }
    for (i, first) in accepted.enumerated() {
      for second in accepted[(i + 1)...] where first.1.key == second.1.key {
        if first.1.order(relativeTo: second.1) == .concurrent { pairs.append([first.0, second.0]) }
      }
    }
    concurrentCommits = pairs
  }
}

/// What one replica holds at the end of an explored order.
public struct ReplicaContent: Hashable, Sendable {
  /// The replica.
  public let node: NodeID
  /// Its keys, sorted, with what it holds for each.
  public let keys: [KeyContent]
}

/// What a replica holds for one key.
public struct KeyContent: Hashable, Sendable {
  /// The key.
  public let key: String
  /// The values held, sorted (several for siblings).
  public let values: [String]
  /// The writes those values come from, sorted.
  public let writes: [WriteID]
}
