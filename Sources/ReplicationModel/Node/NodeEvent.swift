/// Something that happens to a node: the only way its state changes.
public enum NodeEvent: Hashable, Sendable {
  /// A client's write request arrived.
  case clientWrite(ClientWrite)
  /// A message from another node arrived.
  case messageDelivered(ReplicationMessage, from: NodeID)
  /// A timer the node started has fired.
  case timerFired(NodeTimer)
  /// The node came back after a crash; its durable state survived.
  case recovered
}

/// A timer a node can start.
public enum NodeTimer: Hashable, Sendable {
  /// The deadline of a quorum write the node coordinates.
  case quorumDeadline(WriteID)
}

/// What a node asks the world to do, or tells it, in answer to an event.
public enum NodeEffect: Hashable, Sendable {
  /// Send a message to another node.
  case send(ReplicationMessage, to: NodeID)
  /// Answer a client.
  case reply(ClientReply)
  /// Fire a timer after a delay.
  case startTimer(NodeTimer, after: SimDuration)
  /// A version was applied to the node's store, with this outcome.
  ///
  /// The reporting effects are boxed (`indirect`), so that the effects the world must act on
  /// stay small to move.
  indirect case applied(Version, ApplyOutcome)
  /// A client write was accepted, replacing the listed writes it had seen.
  indirect case accepted(AcceptedWrite)
  /// A step of the quorum protocol, for the trace.
  indirect case quorum(QuorumStep)
}

/// A newly accepted write, as the write history records it.
public struct AcceptedWrite: Hashable, Sendable {
  /// The request that asked for it.
  public let request: RequestID
  /// The version created.
  public let version: Version
  /// The writes whose values the writer saw and meant to replace.
  public let replaces: [WriteID]
}

/// A step of the quorum protocol.
public enum QuorumStep: Hashable, Sendable {
  /// The node started coordinating a write.
  case proposed(WriteID, key: String)
  /// The node voted on a write.
  case voted(WriteID, granted: Bool, coordinator: NodeID)
  /// The node made a write wait behind the one holding the key.
  case queued(WriteID, behind: WriteID)
  /// A majority acknowledged: the write committed.
  case committed(WriteID, acknowledgements: Int)
  /// The write was given up.
  case aborted(WriteID, RejectionReason)
}
