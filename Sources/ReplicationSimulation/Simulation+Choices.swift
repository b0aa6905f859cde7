import ReplicationModel

// The exploration's window on the simulation's internals. Everything the explorer
// (`Exploration/`) needs to know about the event queue and `WorldEvent` is in this one file:
// taking the pending events out of the queue, saying what each one is, performing one chosen
// event out of time order, and a canonical fingerprint of the rest of the world.

/// One pending event taken out of the simulation's queue, for the explorer to schedule itself.
public struct PendingEvent: Sendable {
  /// When the event was due.
  public let time: SimTime
  let event: WorldEvent

  /// What the event is, in the terms the explorer decides with.
  public var kind: PendingKind {
    switch event {
    case .clientSend(let write, _, let node): .clientSend(write.write, node: node)
    case .clientArrival(let write, let node): .clientArrival(write.write, node: node)
    case .clientAnswer(let reply, _): .clientAnswer(reply.write)
    case .delivery(let envelope): .delivery(envelope)
    case .timer(let node, let timer, _): .timer(node, timer)
    }
  }

  /// The node the event happens at, if it happens at one (client sends and answers do not).
  public var node: NodeID? {
    switch event {
    case .clientSend, .clientAnswer: nil
    case .clientArrival(_, let node): node
    case .delivery(let envelope): envelope.to
    case .timer(let node, _, _): node
    }
  }

  /// The event's identity: the same event in two orders has the same identity, whatever ids
  /// the network gave its messages.
  public var identity: EventIdentity {
    switch event {
    case .clientSend(let write, _, _): EventIdentity(time: time, what: .clientSend(write.request))
    case .clientArrival(let write, let node):
      EventIdentity(time: time, what: .clientArrival(write.request, node: node))
    case .clientAnswer(let reply, _):
      EventIdentity(time: time, what: .clientAnswer(reply.request, reply.result))
    case .delivery(let envelope):
      EventIdentity(
        time: time, what: .delivery(from: envelope.from, to: envelope.to, envelope.message))
    case .timer(let node, let timer, let epoch):
      EventIdentity(time: time, what: .timer(node, timer, epoch: epoch))
    }
  }

  /// Send order, for keeping a link's messages in order (0 for events that are not messages).
  public var sendOrder: Int {
    if case .delivery(let envelope) = event { return envelope.id.value }
    return 0
  }
}

/// What a pending event is.
public enum PendingKind: Hashable, Sendable {
  /// A client sends a write request (not yet on the network).
  case clientSend(WriteID, node: NodeID)
  /// A client's write request reaches its node.
  case clientArrival(WriteID, node: NodeID)
  /// A client receives its answer.
  case clientAnswer(WriteID)
  /// A message reaches its receiver.
  case delivery(Envelope)
  /// A node's timer fires.
  case timer(NodeID, NodeTimer)
}

/// The identity of a pending event, independent of message ids.
///
/// Hashing looks at the time, the kind and the nodes only (equality at everything): cheap, and
/// enough to tell apart the few events of an explored world.
public struct EventIdentity: Hashable, Sendable {
  /// When it was due.
  public let time: SimTime
  /// What it is.
  public let what: What

  /// What an event is.
  public enum What: Hashable, Sendable {
    /// A client sends a request.
    case clientSend(RequestID)
    /// A client's request reaches its node.
    case clientArrival(RequestID, node: NodeID)
    /// A client receives its answer.
    case clientAnswer(RequestID, WriteResult)
    /// A message reaches its receiver.
    case delivery(from: NodeID, to: NodeID, ReplicationMessage)
    /// A node's timer fires (`epoch` counts the node's restarts).
    case timer(NodeID, NodeTimer, epoch: Int)
  }

  /// Hashes the time, the kind and the nodes or request.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(time.microseconds)
    switch what {
    case .clientSend(let request): hasher.combine(request.value &* 4)
    case .clientArrival(let request, _): hasher.combine(request.value &* 4 &+ 1)
    case .clientAnswer(let request, _): hasher.combine(request.value &* 4 &+ 2)
    case .delivery(let from, let to, _): hasher.combine(from.index &* 64 &+ to.index &+ 1 << 20)
    case .timer(let node, _, let epoch): hasher.combine(node.index &+ epoch &* 64 &+ 1 << 30)
    }
  }

  /// A sort key that puts equal identities together, for canonical orders.
  var sortKey: (Int64, Int, Int) {
    switch what {
    case .clientSend(let request): (time.microseconds, 0, request.value)
    case .clientArrival(let request, _): (time.microseconds, 1, request.value)
    case .clientAnswer(let request, _): (time.microseconds, 2, request.value)
    case .delivery(let from, let to, _): (time.microseconds, 3, from.index * 64 + to.index)
    case .timer(let node, _, let epoch): (time.microseconds, 4, node.index * 1_000 + epoch)
    }
  }
}

/// The world's state apart from its pending events, in a canonical form: equal for two worlds
/// that behave alike from here on, whatever order brought them there and whatever ids their
/// messages were given.
///
/// Equality compares every node in full; hashing looks at each node's clock and at the state of
/// the keys written (the cluster's layout, the same for every explored state, is left out).
public struct WorldFingerprint: Hashable, Sendable {
  let nodes: [ReplicaNode]
  let keys: [String]
  let held: [EventIdentity.What]
  let down: [Bool]
  let cut: [UInt64]
  let epochs: [Int]
  let linkClear: [SimTime]
  let requests: [RequestID: RequestFingerprint]
  let writes: [WriteFingerprint]

  /// Equal when every part is.
  public static func == (lhs: WorldFingerprint, rhs: WorldFingerprint) -> Bool {
    lhs.writes == rhs.writes && lhs.held == rhs.held && lhs.down == rhs.down && lhs.cut == rhs.cut
      && lhs.epochs == rhs.epochs && lhs.linkClear == rhs.linkClear && lhs.requests == rhs.requests
      && lhs.nodes == rhs.nodes
  }

  /// Hashes the nodes' clocks and written keys, and the rest in full.
  public func hash(into hasher: inout Hasher) {
    for node in nodes {
      hasher.combine(node.writeClock)
      for key in keys { hasher.combine(node.store[key]) }
    }
    hasher.combine(held)
    hasher.combine(down)
    hasher.combine(cut)
    hasher.combine(epochs)
    hasher.combine(linkClear)
    hasher.combine(requests)
    hasher.combine(writes)
  }

  struct RequestFingerprint: Hashable, Sendable {
    let client: RegionID
    let node: NodeID
    let arrived: Bool
  }

  struct WriteFingerprint: Hashable, Sendable {
    let write: WriteID
    let version: Version?
    let replaces: [WriteID]
    let result: WriteResult?
    let discarded: Bool
  }
}

extension Simulation {
  /// Prepares a copy of this world for exploring: no trace (unless `keepTrace`), no random
  /// network faults (the explorer chooses every loss itself) and the history kept, for lost
  /// writes.
  public func explorationCopy(keepTrace: Bool) -> Simulation {
    var copy = self
    copy.recording = keepTrace ? .all : .history
    copy.network.lossProbability = 0
    copy.network.duplicationProbability = 0
    copy.network.jitter = .zero
    return copy
  }

  /// Removes every pending event from the queue and returns them in time order.
  public mutating func takePendingEvents() -> [PendingEvent] {
    var events: [PendingEvent] = []
    while let time = queue.nextTime {
      events.append(PendingEvent(time: time, event: queue.removeNext()))
    }
    return events
  }

  /// Puts pending events back into the queue (in the order given, for equal times).
  public mutating func restorePendingEvents(_ events: [PendingEvent]) {
    for pending in events { queue.schedule(pending.event, at: pending.time) }
  }

  /// Whether a pending event would do nothing if it happened: a timer whose node crashed since
  /// or whose write is finished.
  public func isSpent(_ pending: PendingEvent) -> Bool { isSpentTimer(pending.event) }

  /// Performs one pending event at `time` (the time it was due, or later when it was delayed),
  /// whatever happened before it; the events it causes go into the queue
  /// (``takePendingEvents()`` takes them out).
  public mutating func perform(_ pending: PendingEvent, at time: SimTime) {
    now = time
    eventsProcessed += 1
    process(pending.event)
  }

  /// Drops a pending message for good: the network lost it and nobody re-sends it.
  public mutating func drop(_ pending: PendingEvent) {
    guard case .delivery(let envelope) = pending.event else { return }
    deliveriesScheduled -= 1
    record(.lost(envelope, retryAt: .start))
  }

  /// Sets the simulated time (for a fault the explorer injects between events).
  public mutating func setTime(_ time: SimTime) { now = time }

  /// The world's canonical fingerprint, pending events aside.
  public var fingerprint: WorldFingerprint {
    var requests: [RequestID: WorldFingerprint.RequestFingerprint] = [:]
    for (request, pending) in pendingRequests.inOrder {
      requests[request] = .init(client: pending.client, node: pending.node, arrived: pending.arrived)
    }
    let writes = history.records.values.sorted { $0.write < $1.write }.map { record in
      WorldFingerprint.WriteFingerprint(
        write: record.write, version: record.version, replaces: record.replaces, result: record.result,
        discarded: record.firstDiscard != nil)
    }
    var keys = Set<String>()
    for record in history.records.values { keys.insert(record.key) }
    let held = heldMessages.sorted {
      ($0.from.index, $0.to.index, $0.id) < ($1.from.index, $1.to.index, $1.id)
    }
    return WorldFingerprint(
      nodes: nodes, keys: keys.sorted(),
      held: held.map { .delivery(from: $0.from, to: $0.to, $0.message) },
      down: isDown, cut: cutLinks, epochs: timerEpoch, linkClear: linkClearTime, requests: requests,
      writes: writes)
  }
}
