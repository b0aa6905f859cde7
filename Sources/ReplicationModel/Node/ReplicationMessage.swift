/// A message between two nodes.
public enum ReplicationMessage: Hashable, Sendable {
  /// Asynchronous replication of a version; `route` lists the nodes it has passed through, so
  /// ring and star forwarding never loops.
  case replicate(Version, route: RouteTag)
  /// Quorum: a coordinator asks a leader to hold a key for its write.
  ///
  /// Quorum messages are boxed (`indirect`), so that every message stays as small as a
  /// replicated version and its route.
  indirect case prepare(QuorumPrepare)
  /// Quorum: a leader's answer to a prepare.
  indirect case vote(QuorumVote)
  /// Quorum: the coordinator committed the write; apply it and release the key.
  case commit(Version)
  /// Quorum: the coordinator gave the write up; release the key.
  indirect case abort(key: String, write: WriteID)

  /// The key the message concerns.
  public var key: String {
    switch self {
    case .replicate(let version, _), .commit(let version): version.key
    case .prepare(let prepare): prepare.key
    case .vote(let vote): vote.key
    case .abort(let key, _): key
    }
  }
}

/// The set of nodes a replicated write has passed through (a 64-bit set of node ids).
public struct RouteTag: Hashable, Sendable {
  /// One bit per node id.
  public private(set) var bits: UInt64

  /// A tag holding only the origin.
  @inlinable @inline(__always)
  public init(origin: NodeID) { self.init(bits: 1 << UInt64(origin.index)) }

  /// A tag holding exactly these bits.
  @usableFromInline
  init(bits: UInt64) { self.bits = bits }

  /// Whether the write has passed through `node`.
  @inlinable
  public func contains(_ node: NodeID) -> Bool { bits & (1 << UInt64(node.index)) != 0 }

  /// The tag with `node` added.
  @inlinable @inline(__always)
  public func adding(_ node: NodeID) -> RouteTag { RouteTag(bits: bits | 1 << UInt64(node.index)) }

  /// The nodes in the tag, in id order.
  public var nodes: [NodeID] { (0..<64).filter { bits & (1 << UInt64($0)) != 0 }.map(NodeID.init) }
}

/// A quorum coordinator's request to hold a key for one write.
public struct QuorumPrepare: Hashable, Sendable {
  /// The key.
  public let key: String
  /// The write being coordinated.
  public let write: WriteID
  /// The coordinating leader.
  public let coordinator: NodeID
  /// The coordinator region's priority rank (0 is highest); with the write id it decides who
  /// waits and who gives up when two writes want the same key.
  public let rank: Int
  /// After this instant the coordinator has given up; a late prepare is refused.
  public let deadline: SimTime

  /// Whether this write takes precedence over `other` (higher region priority, then older write).
  public func outranks(_ other: QuorumPrepare) -> Bool { (rank, write) < (other.rank, other.write) }
}

/// A leader's answer to a quorum prepare.
public struct QuorumVote: Hashable, Sendable {
  /// The key.
  public let key: String
  /// The write voted on.
  public let write: WriteID
  /// The voting leader.
  public let voter: NodeID
  /// Yes (the key is held for the write) or no.
  public let granted: Bool
  /// On a refusal, the write that holds the key.
  public let blocker: WriteID?
  /// Everything the voter has seen of the key, so the committed version descends from it.
  public let knowledge: VersionVector
  /// On a yes, the writes the voter holds (all within `knowledge`): the committed version replaces
  /// them, even those the coordinator has not received yet. Empty when writes are not reported.
  public let held: [WriteID]
}
