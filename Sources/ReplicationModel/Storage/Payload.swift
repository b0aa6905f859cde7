/// What a version of a key holds.
///
/// A key under a CRDT policy holds a CRDT state, which replicas merge instead of picking a
/// winner; clients change it with operations, which the leader applies to the state it holds.
public enum Payload: Hashable, Sendable, CustomStringConvertible {
  /// A plain value, such as a topping.
  case value(String)
  /// A deletion marker: the key was deleted by this write.
  case tombstone
  /// A CRDT state, as versions of a CRDT key hold it.
  ///
  /// The CRDT cases are boxed (`indirect`), so that a payload stays as small as a string: every
  /// request and version carries one, and a large inline case made copying any payload a switch
  /// over a large value.
  indirect case crdt(CRDTValue)
  /// An operation on a CRDT key, as a client sends it; the leader turns it into a ``crdt(_:)`` state.
  indirect case crdtOperation(CRDTOperation)

  /// The plain value, or `nil` for a deletion or a CRDT.
  public var text: String? {
    switch self {
    case .value(let text): text
    case .tombstone, .crdt, .crdtOperation: nil
    }
  }

  /// Whether this is a deletion (cheaper than comparing with ``tombstone``).
  var isTombstone: Bool {
    if case .tombstone = self { return true }
    return false
  }

  /// The value, `(deleted)`, the CRDT's value (`{mushroom, pepperoni}`, `7`), or the operation.
  public var description: String {
    switch self {
    case .value(let text): text
    case .tombstone: "(deleted)"
    case .crdt(let value): value.description
    case .crdtOperation(let operation): operation.description
    }
  }
}
