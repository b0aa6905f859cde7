/// One change a learner can make to a CRDT value, in the shell's words.
///
/// Which operations a kind accepts is listed by ``CRDTKind/operations``; ``CRDTValue/apply(_:at:timestamp:)``
/// refuses the others with a ``CRDTError``.
public enum CRDTOperation: Hashable, Sendable, CustomStringConvertible {
  /// Count up by an amount (counters).
  case increment(Int)
  /// Count down by an amount (pn-counter; a g-counter refuses).
  case decrement(Int)
  /// Add an element (sets).
  case add(String)
  /// Remove an element (2p-set, or-set) or a key (lww-map).
  case remove(String)
  /// Write a value (registers).
  case assign(String)
  /// Write a value under a key (lww-map).
  case put(key: String, value: String)
  /// Insert text at a position (text).
  case insert(String, at: Int)
  /// Erase characters starting at a position (text).
  case erase(at: Int, count: Int)

  /// The operation's shell name: `incr`, `decr`, `add`, `remove`, `set`, `put`, `insert` or `erase`.
  public var name: String {
    switch self {
    case .increment: "incr"
    case .decrement: "decr"
    case .add: "add"
    case .remove: "remove"
    case .assign: "set"
    case .put: "put"
    case .insert: "insert"
    case .erase: "erase"
    }
  }

  /// The operation as the shell would type it, for example `insert 3 "ab"`.
  public var description: String {
    switch self {
    case .increment(let amount), .decrement(let amount): "\(name) \(amount)"
    case .add(let text), .remove(let text), .assign(let text): "\(name) \(text)"
    case .put(let key, let value): "put \(key) \(value)"
    case .insert(let text, let position): "insert \(position) \"\(text)\""
    case .erase(let position, let count): "erase \(position) \(count)"
    }
  }
}
