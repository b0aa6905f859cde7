/// A counter that goes up and down: two grow-only counters, one for increments and one for
/// decrements.
///
/// The value is increments minus decrements. Each half merges like a ``GCounter``, so every
/// increment and every decrement made anywhere is counted exactly once.
///
/// - Complexity: increment and decrement O(1); merge O(r) for r replicas. Metadata: two
///   entries per replica.
public struct PNCounter: ConvergentValue {
  /// Everything added, per replica.
  public private(set) var increments = GCounter()
  /// Everything subtracted, per replica.
  public private(set) var decrements = GCounter()

  /// Creates a counter at zero.
  public init() {}

  /// The shell name of this kind.
  public static let kind = CRDTKind.pnCounter

  /// What a pn-counter is, in plain words.
  public static let summary =
    "A pn-counter (positive-negative counter) counts up and down. It is two g-counters: one "
    + "adds up every increment, the other every decrement, each with one tally per replica. The "
    + "value is the first total minus the second. Merging merges both halves, so concurrent "
    + "increments and decrements from every region all count. Use it for stock levels or votes."

  /// Increments minus decrements.
  public var value: Int128 { Int128(clamping: increments.value) - Int128(clamping: decrements.value) }

  /// Adds `amount` at `replica`.
  ///
  /// - Throws: ``CRDTError/amountNotPositive(_:)`` unless `amount` is 1 or more,
  ///   ``CRDTError/counterOverflow(_:)`` when the replica's tally would overflow.
  public mutating func increment(by amount: Int = 1, at replica: NodeID) throws(CRDTError) {
    guard amount > 0 else { throw .amountNotPositive(amount) }
    try increments.increment(by: amount, at: replica)
  }

  /// Subtracts `amount` at `replica`.
  ///
  /// - Throws: ``CRDTError/amountNotPositive(_:)`` unless `amount` is 1 or more,
  ///   ``CRDTError/counterOverflow(_:)`` when the replica's tally would overflow.
  public mutating func decrement(by amount: Int = 1, at replica: NodeID) throws(CRDTError) {
    guard amount > 0 else { throw .amountNotPositive(amount) }
    try decrements.increment(by: amount, at: replica)
  }

  /// Merges both halves.
  public mutating func merge(_ other: PNCounter) {
    increments.merge(other.increments)
    decrements.merge(other.decrements)
  }

  /// The value as a number, for example `-3`.
  public var description: String { String(value) }
}
