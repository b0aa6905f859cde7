/// Which dots a CRDT state has seen, as one counter per replica.
///
/// A replica makes its dots in order (1, 2, 3, …) and a state-based merge always ships the whole
/// state, so the dots a state has seen from one replica are always a prefix: the largest counter
/// says it all. The add-wins set and the multi-value register use the context to tell "the other
/// side removed this" (it has seen the dot and no longer holds it) from "the other side never
/// heard of this" (it has not seen the dot).
public struct CausalContext: Hashable, Sendable {
  /// The largest counter seen from each replica; absent replicas count as zero.
  public private(set) var counters: [NodeID: UInt64] = [:]

  /// Creates an empty context.
  public init() {}

  /// Whether the context has seen `dot`.
  public func contains(_ dot: ReplicaDot) -> Bool { (counters[dot.replica] ?? 0) >= dot.counter }

  /// Makes the next dot for `replica` and records it as seen.
  ///
  /// - Throws: ``CRDTError/counterOverflow(_:)`` when the replica has used every counter.
  public mutating func nextDot(for replica: NodeID) throws(CRDTError) -> ReplicaDot {
    let (next, overflow) = (counters[replica] ?? 0).addingReportingOverflow(1)
    guard !overflow else { throw .counterOverflow(replica) }
    counters[replica] = next
    return ReplicaDot(counter: next, replica: replica)
  }

  /// Absorbs everything `other` has seen (the larger counter per replica).
  public mutating func join(_ other: CausalContext) {
    counters.merge(other.counters) { max($0, $1) }
  }
}
