import ReplicationModel

/// A counter-based identity for one message on the simulated network.
public struct MessageID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The counter value; the first message of a run is 1.
  public let value: Int

  /// Orders messages by the order they were sent.
  public static func < (lhs: MessageID, rhs: MessageID) -> Bool { lhs.value < rhs.value }

  /// `m12`.
  public var description: String { "m\(value)" }
}

/// A message in transit: what, from whom, to whom, and when it was sent.
public struct Envelope: Hashable, Sendable {
  /// The message's identity (a duplicate keeps the original's id).
  public let id: MessageID
  /// The sender.
  public let from: NodeID
  /// The receiver.
  public let to: NodeID
  /// When it was first sent.
  public let sentAt: SimTime
  /// The content.
  public let message: ReplicationMessage
}

/// Why a message waits instead of being delivered.
public enum HoldReason: Hashable, Sendable {
  /// The link crosses a partition.
  case partition
  /// The receiver is down.
  case nodeDown
}
