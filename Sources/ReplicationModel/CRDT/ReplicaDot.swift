/// A unique name for one operation in a CRDT: the `counter`-th event that `replica` made.
///
/// Dots are how the add-wins set, the multi-value register and the text sequence tell one
/// write from another without random UUIDs. Two replicas never make the same dot, because each
/// replica only counts its own events. Dots are ordered by counter, then by replica, which is
/// the order the text sequence uses to place concurrent inserts at the same position.
public struct ReplicaDot: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The event's sequence number (1 for a replica's first event).
  public let counter: UInt64
  /// The replica that made the event.
  public let replica: NodeID

  /// Creates a dot.
  public init(counter: UInt64, replica: NodeID) {
    self.counter = counter
    self.replica = replica
  }

  /// Orders dots by counter, then by replica id.
  public static func < (lhs: ReplicaDot, rhs: ReplicaDot) -> Bool {
    (lhs.counter, lhs.replica.index) < (rhs.counter, rhs.replica.index)
  }

  /// `n2:5` text: the replica's index, then the counter.
  public var description: String { "n\(replica.index):\(counter)" }
}
