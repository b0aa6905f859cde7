extension CRDTValue {
  /// Applies a learner's operation at `replica`, whose clock reads `timestamp`.
  ///
  /// `timestamp` stamps last-writer-wins writes; the other kinds ignore it. On a thrown error the
  /// value is unchanged.
  ///
  /// - Throws: ``CRDTError/unsupportedOperation(_:kind:allowed:)`` for an operation the kind does
  ///   not have, ``CRDTError/growOnlyCounterCannotDecrease(_:)`` for a g-counter decrement,
  ///   ``CRDTError/growOnlySetCannotRemove(_:)`` for a g-set removal,
  ///   ``CRDTError/malformedValue(_:reason:)`` for an empty element, value or key, and whatever
  ///   the kind's own operation throws.
  public mutating func apply(
    _ operation: CRDTOperation, at replica: NodeID, timestamp: Timestamp
  ) throws(CRDTError) {
    try Self.checkNotEmpty(operation)
    switch (self, operation) {
    case (.gCounter(var counter), .increment(let amount)):
      try counter.increment(by: amount, at: replica)
      self = .gCounter(counter)
    case (.gCounter, .decrement(let amount)):
      throw amount > 0 ? .growOnlyCounterCannotDecrease(amount) : .amountNotPositive(amount)
    case (.pnCounter(var counter), .increment(let amount)):
      try counter.increment(by: amount, at: replica)
      self = .pnCounter(counter)
    case (.pnCounter(var counter), .decrement(let amount)):
      try counter.decrement(by: amount, at: replica)
      self = .pnCounter(counter)
    case (.lwwRegister(var register), .assign(let value)):
      register.assign(value, at: timestamp, by: replica)
      self = .lwwRegister(register)
    case (.mvRegister(var register), .assign(let value)):
      try register.assign(value, at: replica)
      self = .mvRegister(register)
    case (.gSet(var set), .add(let element)):
      set.add(element)
      self = .gSet(set)
    case (.gSet, .remove(let element)):
      throw .growOnlySetCannotRemove(element)
    case (.twoPhaseSet(var set), .add(let element)):
      try set.add(element)
      self = .twoPhaseSet(set)
    case (.twoPhaseSet(var set), .remove(let element)):
      try set.remove(element)
      self = .twoPhaseSet(set)
    case (.orSet(var set), .add(let element)):
      try set.add(element, at: replica)
      self = .orSet(set)
    case (.orSet(var set), .remove(let element)):
      try set.remove(element)
      self = .orSet(set)
    case (.lwwMap(var map), .put(let key, let value)):
      map.put(key, value, at: timestamp, by: replica)
      self = .lwwMap(map)
    case (.lwwMap(var map), .remove(let key)):
      map.remove(key, at: timestamp, by: replica)
      self = .lwwMap(map)
    case (.text(var text), .insert(let string, let position)):
      try text.insert(string, at: position, by: replica)
      self = .text(text)
    case (.text(var text), .erase(let position, let count)):
      try text.erase(at: position, count: count)
      self = .text(text)
    default:
      throw .unsupportedOperation(operation.name, kind: kind, allowed: kind.operations)
    }
  }

  private static func checkNotEmpty(_ operation: CRDTOperation) throws(CRDTError) {
    switch operation {
    case .add(let text), .remove(let text), .assign(let text):
      guard !text.isEmpty else { throw .malformedValue(text, reason: "an element or value cannot be empty") }
    case .put(let key, let value):
      guard !key.isEmpty else { throw .malformedValue(key, reason: "a map key cannot be empty") }
      guard !value.isEmpty else { throw .malformedValue(value, reason: "a map value cannot be empty") }
    case .increment, .decrement, .insert, .erase:
      break
    }
  }
}
