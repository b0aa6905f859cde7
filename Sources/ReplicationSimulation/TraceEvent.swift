import ReplicationModel

/// One recorded event of a run, for the trace, diagrams and step-through.
public struct TraceEvent: Hashable, Sendable {
  /// When it happened (true simulated time).
  public let time: SimTime
  /// What happened.
  public let kind: TraceKind

  /// Creates a trace event.
  public init(time: SimTime, kind: TraceKind) {
    self.time = time
    self.kind = kind
  }
}

/// What a trace event records.
public enum TraceKind: Hashable, Sendable {
  /// A client in a region sent a write request to a node.
  case clientRequest(ClientWrite, client: RegionID, node: NodeID)
  /// A client received the answer to its write, after the given latency.
  case clientReply(ClientReply, node: NodeID, latency: SimDuration)
  /// A node sent a message, due at `deliverAt` (`nil` when it waits, held).
  case sent(Envelope, deliverAt: SimTime?)
  /// A message reached its receiver.
  case delivered(Envelope)
  /// A message was lost and will be re-sent.
  case lost(Envelope, retryAt: SimTime)
  /// A message was duplicated by the network.
  case duplicated(Envelope, deliverAt: SimTime)
  /// A message could not be delivered and waits for the link or the node.
  case held(Envelope, HoldReason)
  /// A held message was released after a heal or a recovery.
  case released(Envelope, deliverAt: SimTime)
  /// A node applied a version to its store.
  case applied(node: NodeID, Version, ApplyOutcome)
  /// A node took a step of the quorum protocol.
  case quorum(node: NodeID, QuorumStep)
  /// A node's timer fired.
  case timerFired(node: NodeID, NodeTimer)
  /// The network was partitioned between two groups of nodes.
  case partitioned([NodeID], [NodeID])
  /// Every partition was healed.
  case healed
  /// A node crashed.
  case crashed(NodeID)
  /// A node recovered.
  case recovered(NodeID)
}
