/// A grow-only counter: one tally per replica, summed.
///
/// Each replica increments only its own tally; merge keeps the larger tally per replica. Taking
/// the larger *total* instead would obey the merge laws and still lose concurrent increments;
/// keeping one tally per replica is what makes every increment count exactly once.
///
/// - Complexity: increment O(1); merge O(r) for r replicas; value O(r). Metadata: one entry per
///   replica that ever incremented.
public struct GCounter: ConvergentValue {
  /// How many each replica has added.
  public private(set) var tallies: [NodeID: UInt64] = [:]

  /// Creates a counter at zero.
  public init() {}

  /// The shell name of this kind.
  public static let kind = CRDTKind.gCounter

  /// What a g-counter is, in plain words.
  public static let summary =
    "A g-counter (grow-only counter) counts up and never down. Each replica keeps its own tally "
    + "and adds only to it; the value is the sum of all tallies. When replicas merge, each tally "
    + "takes the larger of the two copies, so concurrent increments are all counted and a "
    + "duplicated message counts nothing twice. Use it for likes or page views."

  /// The total of every replica's tally.
  public var value: UInt128 { tallies.values.reduce(0) { $0 + UInt128($1) } }

  /// Adds `amount` to `replica`'s tally.
  ///
  /// - Throws: ``CRDTError/growOnlyCounterCannotDecrease(_:)`` for a negative amount,
  ///   ``CRDTError/amountNotPositive(_:)`` for zero, ``CRDTError/counterOverflow(_:)`` when the
  ///   tally would overflow.
  public mutating func increment(by amount: Int = 1, at replica: NodeID) throws(CRDTError) {
    guard amount >= 0 else { throw .growOnlyCounterCannotDecrease(Int(clamping: amount.magnitude)) }
    guard amount > 0 else { throw .amountNotPositive(amount) }
    let (sum, overflow) = (tallies[replica] ?? 0).addingReportingOverflow(UInt64(amount))
    guard !overflow else { throw .counterOverflow(replica) }
    tallies[replica] = sum
  }

  /// Keeps the larger tally for every replica.
  public mutating func merge(_ other: GCounter) {
    tallies.merge(other.tallies) { max($0, $1) }
  }

  /// The value as a number, for example `7`.
  public var description: String { String(value) }
}
