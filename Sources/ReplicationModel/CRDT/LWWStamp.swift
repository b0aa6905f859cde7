/// When and where a last-writer-wins write was made: a timestamp made unique by the replica id.
///
/// Two writes can carry the same timestamp (clocks are coarse, or skewed to agree); the replica id
/// breaks the tie, so every replica picks the same winner without talking to the others.
public struct LWWStamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The write's timestamp.
  public let timestamp: Timestamp
  /// The replica that made the write; the larger id wins a timestamp tie.
  public let replica: NodeID

  /// Creates a stamp.
  public init(timestamp: Timestamp, replica: NodeID) {
    self.timestamp = timestamp
    self.replica = replica
  }

  /// Orders stamps by timestamp, then by replica id.
  public static func < (lhs: LWWStamp, rhs: LWWStamp) -> Bool {
    lhs.timestamp == rhs.timestamp ? lhs.replica < rhs.replica : lhs.timestamp < rhs.timestamp
  }

  /// `12:00:01.000@n1` text.
  public var description: String { "\(timestamp)@n\(replica.index)" }
}
