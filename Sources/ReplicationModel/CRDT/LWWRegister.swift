/// A last-writer-wins register: one value, and the write with the larger stamp wins.
///
/// Merge keeps the write with the larger ``LWWStamp`` (timestamp, then replica id). It is the
/// cheapest register and the one that silently drops the losing concurrent write. If two writes
/// carry the very same stamp (one replica reusing a timestamp), the larger value wins so that
/// merge stays commutative.
///
/// - Complexity: write and merge O(1). Metadata: one stamp.
public struct LWWRegister<Value: Hashable & Comparable & Sendable>: ConvergentValue {
  /// The winning value, or `nil` when nothing was written.
  public private(set) var value: Value?
  /// The winning write's stamp, or `nil` when nothing was written.
  public private(set) var stamp: LWWStamp?

  /// Creates an empty register.
  public init() {}

  /// The shell name of this kind.
  public static var kind: CRDTKind { .lwwRegister }

  /// What an lww-register is, in plain words.
  public static var summary: String {
    "An lww-register (last-writer-wins register) holds one value. Every write carries a "
      + "timestamp and the id of the replica that made it; when copies merge, the write with the "
      + "later timestamp wins, and at equal timestamps the higher replica id wins. Every replica "
      + "agrees on the winner, but the losing write is dropped without a trace, and a fast clock "
      + "can make an older write win."
  }

  /// Writes `value` with `timestamp` at `replica`; it takes effect only if its stamp is larger.
  public mutating func assign(_ value: Value, at timestamp: Timestamp, by replica: NodeID) {
    offer(value, stamp: LWWStamp(timestamp: timestamp, replica: replica))
  }

  /// Keeps the write with the larger stamp.
  public mutating func merge(_ other: LWWRegister) {
    guard let otherValue = other.value, let otherStamp = other.stamp else { return }
    offer(otherValue, stamp: otherStamp)
  }

  private mutating func offer(_ candidate: Value, stamp candidateStamp: LWWStamp) {
    if let stamp, let value {
      guard stamp < candidateStamp || (stamp == candidateStamp && value < candidate) else { return }
    }
    value = candidate
    stamp = candidateStamp
  }

  /// The value, or `(empty)` when nothing was written.
  public var description: String { value.map { String(describing: $0) } ?? "(empty)" }
}
