extension CRDTValue {
  /// Applies a learner's operation at `replica`, whose clock reads `timestamp`.
  ///
  /// `timestamp` stamps last-writer-wins writes; the other kinds ignore it. On a thrown error the
  /// value is unchanged. The wrapped state is changed in place, not copied, so an insert into a
  /// long text stays O(log n).
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
    let unsupported = CRDTError.unsupportedOperation(operation.name, kind: kind, allowed: kind.operations)
    // Each case moves the state out of `self` (leaving a placeholder) so that it is uniquely
    // referenced while it changes, and puts it back afterwards, also when the operation throws.
    switch self {
    case .gCounter(var counter):
      self = Self.placeholder
      defer { self = .gCounter(counter) }
      switch operation {
      case .increment(let amount): try counter.increment(by: amount, at: replica)
      case .decrement(let amount):
        throw amount > 0 ? .growOnlyCounterCannotDecrease(amount) : .amountNotPositive(amount)
      default: throw unsupported
      }
    case .pnCounter(var counter):
      self = Self.placeholder
      defer { self = .pnCounter(counter) }
      switch operation {
      case .increment(let amount): try counter.increment(by: amount, at: replica)
      case .decrement(let amount): try counter.decrement(by: amount, at: replica)
      default: throw unsupported
      }
    case .lwwRegister(var register):
      self = Self.placeholder
      defer { self = .lwwRegister(register) }
      guard case .assign(let value) = operation else { throw unsupported }
      register.assign(value, at: timestamp, by: replica)
    case .mvRegister(var register):
      self = Self.placeholder
      defer { self = .mvRegister(register) }
      guard case .assign(let value) = operation else { throw unsupported }
      try register.assign(value, at: replica)
    case .gSet(var set):
      self = Self.placeholder
      defer { self = .gSet(set) }
      switch operation {
      case .add(let element): set.add(element)
      case .remove(let element): throw .growOnlySetCannotRemove(element)
      default: throw unsupported
      }
    case .twoPhaseSet(var set):
      self = Self.placeholder
      defer { self = .twoPhaseSet(set) }
      switch operation {
      case .add(let element): try set.add(element)
      case .remove(let element): try set.remove(element)
      default: throw unsupported
      }
    case .orSet(var set):
      self = Self.placeholder
      defer { self = .orSet(set) }
      switch operation {
      case .add(let element): try set.add(element, at: replica)
      case .remove(let element): try set.remove(element)
      default: throw unsupported
      }
    case .lwwMap(var map):
      self = Self.placeholder
      defer { self = .lwwMap(map) }
      switch operation {
      case .put(let key, let value): map.put(key, value, at: timestamp, by: replica)
      case .remove(let key): map.remove(key, at: timestamp, by: replica)
      default: throw unsupported
      }
    case .text(var text):
      self = Self.placeholder
      defer { self = .text(text) }
      switch operation {
      case .insert(let string, let position): try text.insert(string, at: position, by: replica)
      case .erase(let position, let count): try text.erase(at: position, count: count)
      default: throw unsupported
      }
    }
  }

  /// A cheap value that holds `self`'s place while its state is changed in place.
  private static var placeholder: CRDTValue { .gCounter(GCounter()) }

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
