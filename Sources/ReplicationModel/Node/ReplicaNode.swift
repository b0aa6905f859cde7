/// One node of the cluster as a pure state machine: events in, effects out.
///
/// A node never sends, sleeps or reads a clock itself. The simulation hands it each event with
/// the current simulated time and carries out the effects it returns: messages to send, replies
/// to clients, timers to start. The same events in the same order always give the same effects.
///
/// ```swift
/// var effects = NodeEffects()
/// node.handle(.clientWrite(request), at: now, into: &effects)
/// ```
public struct ReplicaNode: Hashable, Sendable {
  /// The node's identity.
  public let id: NodeID
  /// The cluster and its current replication settings.
  public internal(set) var layout: ClusterLayout
  /// The node's data.
  public internal(set) var store = ReplicaStore()
  /// The clock that stamps this node's writes.
  public internal(set) var writeClock: WriteClock
  /// Which reporting effects the node emits; all of them by default.
  ///
  /// A setting of the world around the node, not part of its state: equality ignores it.
  public var reporting = EffectReporting.all
  /// Quorum writes this node coordinates, by write.
  var proposals: [WriteID: QuorumProposal] = [:]
  /// Keys this node holds for a quorum write, by key.
  var locks: [String: QuorumLock] = [:]
  /// Quorum writes known to be committed or given up, so a late (or duplicated) prepare for
  /// one is refused instead of holding the key for a write that will never release it.
  var finished: Set<WriteID> = []

  /// Creates a node with an empty store.
  public init(id: NodeID, layout: ClusterLayout, clock: NodeClock = .exact) {
    self.id = id
    self.layout = layout
    self.writeClock = WriteClock(source: layout.timestampSource, clock: clock)
  }

  /// Two nodes are equal when their states are: identity, settings, store, clock and quorum
  /// bookkeeping (not ``reporting``).
  public static func == (lhs: ReplicaNode, rhs: ReplicaNode) -> Bool {
    lhs.id == rhs.id && lhs.layout == rhs.layout && lhs.store == rhs.store && lhs.writeClock == rhs.writeClock
      && lhs.proposals == rhs.proposals && lhs.locks == rhs.locks && lhs.finished == rhs.finished
  }

  /// Hashes the node's state (not ``reporting``).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(layout)
    hasher.combine(store)
    hasher.combine(writeClock)
    hasher.combine(proposals)
    hasher.combine(locks)
    hasher.combine(finished)
  }

  /// What the node is.
  public var info: NodeInfo { layout.info(id) }

  /// The node's leader slot, when it is a leader.
  public var leaderSlot: Int? { layout.nodes[id.index].leaderSlot }

  /// Handles one event at simulated time `now`, appending the resulting effects to an array.
  ///
  /// - Parameters:
  ///   - event: What happened.
  ///   - now: True simulated time; the node's own clock reading is derived from it.
  ///   - effects: Where the effects go, in the order they must be carried out.
  public mutating func handle(_ event: consuming NodeEvent, at now: SimTime, into effects: inout [NodeEffect])
  {
    var buffer = NodeEffects()
    handle(event, at: now, into: &buffer)
    while let effect = buffer.takeNext() { effects.append(effect) }
  }

  /// Handles one event at simulated time `now`, appending the resulting effects to a buffer.
  ///
  /// - Parameters:
  ///   - event: What happened.
  ///   - now: True simulated time; the node's own clock reading is derived from it.
  ///   - effects: Where the effects go, in the order they must be carried out.
  public mutating func handle(_ event: consuming NodeEvent, at now: SimTime, into effects: inout NodeEffects)
  {
    switch consume event {
    case .clientWrite(let write):
      receiveClientWrite(write, at: now, into: &effects)
    case .messageDelivered(let message, let sender):
      receive(message, from: sender, at: now, into: &effects)
    case .timerFired(.quorumDeadline(let write)):
      quorumDeadlinePassed(write, at: now, into: &effects)
    case .recovered:
      abandonProposalsAfterRestart(at: now, into: &effects)
    }
  }

  /// Installs new replication settings (policy, priorities, timestamp source).
  public mutating func adopt(_ newLayout: ClusterLayout) {
    if newLayout.timestampSource != writeClock.source {
      writeClock = WriteClock(source: newLayout.timestampSource, clock: writeClock.clock)
    }
    layout = newLayout
  }

  /// Sets the node's physical clock skew and drift.
  public mutating func setClock(_ clock: NodeClock) { writeClock.clock = clock }

  private mutating func receive(
    _ message: consuming ReplicationMessage, from sender: NodeID, at now: SimTime,
    into effects: inout NodeEffects
  ) {
    switch consume message {
    case .replicate(let version, let route):
      receiveReplica(version, route: route, at: now, into: &effects)
    case .prepare(let prepare):
      receivePrepare(prepare, at: now, into: &effects)
    case .vote(let vote):
      receiveVote(vote, at: now, into: &effects)
    case .commit(let version):
      receiveCommit(version, at: now, into: &effects)
    case .abort(let key, let write):
      finished.insert(write)
      release(key: key, heldFor: write, at: now, into: &effects)
    }
  }
}
