import ReplicationModel

/// What the simulation remembers about each client write, to tell kept writes from lost ones.
public struct WriteRecord: Hashable, Sendable {
  /// The write.
  public let write: WriteID
  /// The request that carried it.
  public let request: RequestID
  /// The key written.
  public let key: String
  /// The value written, or a deletion.
  public let payload: Payload
  /// The region the client was in.
  public let client: RegionID
  /// The node the client sent it to.
  public let node: NodeID
  /// When the client sent it.
  public let sentAt: SimTime
  /// The causal context the client passed from an earlier read, if any.
  public let context: VersionVector?
  /// The version the leader created, once accepted.
  public internal(set) var version: Version?
  /// When the leader accepted (for quorum: committed) the write, in true simulated time.
  public internal(set) var acceptedAt: SimTime?
  /// The writes whose values the writer saw and meant to replace.
  public internal(set) var replaces: [WriteID] = []
  /// The leader's answer, once the client has it.
  public internal(set) var result: WriteResult?
  /// When the client got the answer.
  public internal(set) var answeredAt: SimTime?
  /// The first time a replica threw this write away, and in favour of which write.
  public internal(set) var firstDiscard: Discard?

  /// Whether the client was told the write was accepted.
  public var isAcknowledged: Bool {
    if case .accepted = result { return true }
    return false
  }

  /// The client's wait for the answer.
  public var latency: SimDuration? { answeredAt.map { $0 - sentAt } }
}

/// A replica throwing a write away in favour of another.
public struct Discard: Hashable, Sendable {
  /// The replica.
  public let node: NodeID
  /// When.
  public let time: SimTime
  /// The write kept instead.
  public let keptInstead: WriteID?
  /// The outcome that discarded it.
  public let outcome: ApplyOutcome
}

/// A replica discarding a write as an UPDATE of a row it did not have (pgactive).
public struct MissingRowDiscard: Hashable, Sendable {
  /// The write discarded.
  public let write: WriteID
  /// Its key.
  public let key: String
  /// The replica.
  public let node: NodeID
  /// When.
  public let time: SimTime
}

/// Every client write of a run, by write id.
public struct WriteHistory: Hashable, Sendable {
  /// The records, by write id.
  public internal(set) var records: [WriteID: WriteRecord] = [:]
  /// Every time a replica discarded a write as an UPDATE of a row it did not have (pgactive), in
  /// the order they happened: the replicas that did may end up holding other data.
  public internal(set) var missingRowDiscards: [MissingRowDiscard] = []

  /// Creates an empty history.
  public init() {}

  /// A record by write id.
  public subscript(write: WriteID) -> WriteRecord? { records[write] }

  /// The records in write order.
  public var inOrder: [WriteRecord] { records.values.sorted { $0.write < $1.write } }

  mutating func noteDiscards(of outcome: ApplyOutcome, at node: NodeID, time: SimTime) {
    let kept: WriteID? =
      switch outcome {
      case .conflict(let settlement):
        if case .winner(let winner, _, _) = settlement.result { winner } else { nil }
      case .causalityViolated(let kept, _): kept
      case .stored, .replaced, .obsolete, .duplicate, .updateOfMissingRow: nil
      }
    if case .updateOfMissingRow(let write) = outcome, let key = records[write]?.key {
      missingRowDiscards.append(MissingRowDiscard(write: write, key: key, node: node, time: time))
    }
    for write in outcome.discarded where records[write]?.firstDiscard == nil {
      records[write]?.firstDiscard = Discard(node: node, time: time, keptInstead: kept, outcome: outcome)
    }
  }
}

extension Simulation {
  /// Whether some replica discarded a write of `key` as an UPDATE of a row it did not have
  /// (pgactive): replicas that differ on such a key differ by the system's documented design.
  public func discardedUpdatesOfMissingRows(of key: String) -> Bool {
    history.missingRowDiscards.contains { $0.key == key }
  }
}
