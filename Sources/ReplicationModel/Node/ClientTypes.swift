/// A client's request to write (or delete) one key at a leader.
public struct ClientWrite: Hashable, Sendable {
  /// The request's id, for matching the reply.
  public let request: RequestID
  /// The id the write will carry if it is accepted.
  public let write: WriteID
  /// The key.
  public let key: String
  /// The new value, or a deletion.
  public let payload: Payload
  /// The causal context from an earlier read, if the client passes one; otherwise the leader
  /// uses everything it has seen of the key.
  public let context: VersionVector?

  /// Creates a write request.
  public init(
    request: RequestID, write: WriteID, key: String, payload: Payload, context: VersionVector? = nil
  ) {
    self.request = request
    self.write = write
    self.key = key
    self.payload = payload
    self.context = context
  }
}

/// A node's answer to a client's write.
public struct ClientReply: Hashable, Sendable {
  /// The request answered.
  public let request: RequestID
  /// The write it concerned.
  public let write: WriteID
  /// Accepted or rejected.
  public let result: WriteResult

  /// Creates a reply.
  public init(request: RequestID, write: WriteID, result: WriteResult) {
    self.request = request
    self.write = write
    self.result = result
  }
}

/// Whether a write was accepted, and if not, why.
public enum WriteResult: Hashable, Sendable {
  /// The leader accepted (for quorum: committed) the write, with this version.
  case accepted(Version)
  /// The write was not accepted.
  case rejected(RejectionReason)
}

/// Why a write was not accepted.
public enum RejectionReason: Hashable, Sendable {
  /// The node is a follower; only leaders take writes.
  case notALeader(leader: NodeID)
  /// The node was down.
  case nodeDown
  /// The client could not reach the node (a partition).
  case unreachable
  /// Under quorum, a conflicting write held the key on enough leaders that no majority was left.
  case quorumConflict(with: WriteID?)
  /// Under quorum, too few leaders answered before the timeout (a partition or a crash).
  case quorumTimeout(acknowledged: Int, needed: Int)
  /// The leader restarted while the quorum write was in progress.
  case coordinatorRestarted
}
