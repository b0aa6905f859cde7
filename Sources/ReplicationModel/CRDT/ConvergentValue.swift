/// A state-based CRDT: a value that replicas change on their own and combine with `merge`.
///
/// Every replica applies its own operations to its own copy, ships the whole state to the
/// others, and merges what it receives. Whatever order the states arrive in, and however often,
/// every replica ends with the same value, because `merge` obeys three laws:
///
/// - **Commutative**: `a.merged(with: b) == b.merged(with: a)`; arrival order does not matter.
/// - **Associative**: `a.merged(with: b).merged(with: c) == a.merged(with: b.merged(with: c))`;
///   grouping does not matter, so states can travel through any path of replicas.
/// - **Idempotent**: `a.merged(with: a) == a`; a duplicated message changes nothing.
///
/// The laws alone are not enough: a counter whose merge takes the larger total obeys all three
/// and still loses concurrent increments. Each type also documents what its merge *means*, and
/// the tests check that meaning against a plain oracle.
public protocol ConvergentValue: Hashable, Sendable, CustomStringConvertible {
  /// The kind's name in the shell.
  static var kind: CRDTKind { get }
  /// One paragraph in plain words: what the type holds and how concurrent changes combine.
  static var summary: String { get }
  /// Absorbs `other` into this state; the result has seen everything both had seen.
  mutating func merge(_ other: Self)
}

extension ConvergentValue {
  /// The merge of this state and `other`, leaving both unchanged.
  public func merged(with other: Self) -> Self {
    var result = self
    result.merge(other)
    return result
  }
}
