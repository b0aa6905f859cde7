/// One replica's data: the state of every key it has heard of.
///
/// States sit in an array, one slot per key in the order the replica first heard of them. A
/// key is found by its text through a dictionary, or, on the replication hot path, by the key
/// number the world gave it (see ``ClientWrite/keyNumber``): a cache from numbers to slots
/// that is checked against the key's text, so a wrong or foreign number only costs a look-up.
public struct ReplicaStore: Hashable, Sendable {
  /// The key of each slot.
  private var names: [String] = []
  /// The state of each slot.
  private var states: [KeyState] = []
  /// The slot of each key.
  private var slotOfKey: [String: Int] = [:]
  /// The slot of each key number seen, `-1` for none.
  private var slotOfNumber: [Int32] = []

  /// Creates an empty store.
  public init() {}

  /// Key states by key.
  public var keys: [String: KeyState] { Dictionary(uniqueKeysWithValues: zip(names, states)) }

  /// The state of a key (empty when never written).
  public subscript(key: String) -> KeyState {
    guard let slot = slotOfKey[key] else { return KeyState() }
    return states[slot]
  }

  /// The state of a key, found through its key number when it has one.
  func state(of key: String, number: Int32) -> KeyState {
    if let slot = cachedSlot(of: key, number: number) { return states[slot] }
    return self[key]
  }

  /// Two stores are equal when they hold the same states for the same keys, whatever the order
  /// they heard of them.
  public static func == (lhs: ReplicaStore, rhs: ReplicaStore) -> Bool { lhs.keys == rhs.keys }

  /// Hashes the states by key.
  public func hash(into hasher: inout Hasher) { hasher.combine(keys) }

  /// Applies a received version under a policy and says what happened.
  ///
  /// A version whose write was received before is a duplicate and changes nothing, so
  /// redelivered messages are harmless. A `replicated` version (one that reached this replica
  /// from another node) may be an update of a row this replica does not have, which a policy
  /// can discard (see ``KeyState/discardsAsUpdateOfMissingRow(_:policy:)``).
  public mutating func apply(
    _ version: Version, policy: PolicyChoice, layout: ClusterLayout, replicated: Bool = false
  ) -> ApplyOutcome {
    var outcome = ApplyOutcome.duplicate
    modify(version.key, number: version.keyNumber) { state in
      guard state.seen.insert(version.dot) else { return }
      if replicated && state.discardsAsUpdateOfMissingRow(version, policy: policy) {
        outcome = .updateOfMissingRow(discarded: version.writeID)
        return
      }
      let resolution = policy.resolve(held: state.held, incoming: version, layout: layout)
      state.held = resolution.held
      outcome = resolution.outcome
    }
    return outcome
  }

  /// Applies a received version exactly as ``apply(_:policy:layout:)`` does, without describing
  /// what happened; returns whether the version was new here (not a duplicate).
  ///
  /// Last-writer-wins keeps the winner in place; the outcome's causal classification, which
  /// only a report needs, is skipped.
  @inline(__always)
  mutating func applyUnreported(
    _ version: Version, policy: PolicyChoice, layout: ClusterLayout, replicated: Bool = false
  ) -> Bool {
    var isNew = false
    modify(version.key, number: version.keyNumber) { state in
      guard state.seen.insert(version.dot) else { return }
      isNew = true
      if replicated && state.discardsAsUpdateOfMissingRow(version, policy: policy) { return }
      if case .lastWriterWins = policy {
        LastWriterWins.keepWinner(
          in: &state.held, incoming: version, ordering: .timestampThenRegion, layout: layout)
      } else if case .preset(let preset) = policy, case .pickWinner(let ordering) = preset.behaviour {
        LastWriterWins.keepWinner(in: &state.held, incoming: version, ordering: ordering, layout: layout)
      } else {
        state.held = policy.resolve(held: state.held, incoming: version, layout: layout).held
      }
    }
    return isNew
  }

  /// Changes a key's state in place, creating it when the key is new here.
  mutating func modify(_ key: String, number: Int32 = -1, _ body: (inout KeyState) -> Void) {
    let slot = cachedSlot(of: key, number: number) ?? slot(of: key, caching: number)
    body(&states[slot])
  }

  /// The store's content in a canonical form, for comparing replicas.
  public var contentFingerprint: [String: [Version]] {
    keys.compactMapValues { $0.held.isEmpty ? nil : $0.held }
  }

  @inline(__always)
  private func cachedSlot(of key: String, number: Int32) -> Int? {
    guard number >= 0, Int(number) < slotOfNumber.count else { return nil }
    let slot = Int(slotOfNumber[Int(number)])
    guard slot >= 0, names[slot] == key else { return nil }
    return slot
  }

  /// The slot of a key, made when the key is new here; remembers it for the key number.
  private mutating func slot(of key: String, caching number: Int32) -> Int {
    let slot: Int
    if let existing = slotOfKey[key] {
      slot = existing
    } else {
      slot = states.count
      names.append(key)
      states.append(KeyState())
      slotOfKey[key] = slot
    }
    if number >= 0 {
      let index = Int(number)
      if index >= slotOfNumber.count {
        slotOfNumber.append(contentsOf: repeatElement(-1, count: index + 1 - slotOfNumber.count))
      }
      slotOfNumber[index] = Int32(slot)
    }
    return slot
  }
}
