/// A multi-value register: a write replaces what it has seen, and concurrent writes are all kept.
///
/// Each write gets a fresh ``ReplicaDot`` and replaces every value this replica holds. On merge a
/// value survives unless the other side's ``CausalContext`` shows it has seen the value's dot and
/// overwritten it. Two concurrent writes therefore both survive (siblings), and a later write
/// that has seen both replaces both.
///
/// - Complexity: write O(1); merge O(v + r) for v values and r replicas. Metadata: one dot per
///   kept value and one counter per replica.
public struct MVRegister<Value: Hashable & Comparable & Sendable>: ConvergentValue {
  /// The kept values, each with the dot of the write that made it.
  public private(set) var entries: [ReplicaDot: Value] = [:]
  /// Every write this state has seen.
  public private(set) var context = CausalContext()

  /// Creates an empty register.
  public init() {}

  /// The shell name of this kind.
  public static var kind: CRDTKind { .mvRegister }

  /// What an mv-register is, in plain words.
  public static var summary: String {
    "An mv-register (multi-value register) holds one value, except when writes conflict. Every "
      + "write remembers which writes it has seen and replaces exactly those. Two regions "
      + "writing at the same time have not seen each other, so after merging the register holds "
      + "both values and the reader decides; the next write, having seen both, replaces both. "
      + "Amazon's Dynamo shopping cart and Riak siblings work this way."
  }

  /// The kept values, sorted; more than one means concurrent writes.
  public var values: [Value] { entries.values.sorted() }

  /// Writes `value` at `replica`, replacing every value this replica holds.
  ///
  /// - Throws: ``CRDTError/counterOverflow(_:)`` when the replica has used every counter.
  public mutating func assign(_ value: Value, at replica: NodeID) throws(CRDTError) {
    let dot = try context.nextDot(for: replica)
    entries = [dot: value]
  }

  /// Keeps each value both sides hold, or that one side holds and the other never saw.
  public mutating func merge(_ other: MVRegister) {
    var result: [ReplicaDot: Value] = [:]
    for (dot, value) in entries where other.entries[dot] != nil || !other.context.contains(dot) {
      result[dot] = value
    }
    for (dot, value) in other.entries where !context.contains(dot) { result[dot] = value }
    entries = result
    context.join(other.context)
  }

  /// `{a, b}` with the kept values sorted; `{}` when nothing was written.
  public var description: String { SetText.render(entries.values) }
}
