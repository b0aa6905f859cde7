/// Everything one replica knows about one key: the versions it holds and the writes it has seen.
public struct KeyState: Hashable, Sendable {
  /// The versions held, sorted by write id: one normally, several when siblings are kept.
  public internal(set) var held: [Version] = []
  /// Every write of this key the replica has received, kept or not.
  public internal(set) var seen = SeenDots()

  /// Creates an empty key state.
  public init() {}

  /// The context a read hands to a client: the joined history of the versions held (and of
  /// the live writes a settled version stands for).
  public var readContext: VersionVector {
    var context = VersionVector()
    for version in held {
      if version.settledFrom.isEmpty {
        context.join(version.coveringVector)
      } else {
        for write in version.settledFrom { context.join(write.coveringVector) }
      }
    }
    return context
  }

  /// Everything the replica knows the key's history includes: the writes it received without
  /// gaps, and the histories of the versions it holds.
  ///
  /// A held version may have seen writes this replica has not received yet (they are still on
  /// their way); a new write made here has seen them too, through that version. A leader uses
  /// this as the context of a write whose client passed none.
  public var knowledge: VersionVector { seen.contiguous.joined(with: readContext) }

  /// Whether the key currently has more than one version (unresolved siblings).
  public var hasSiblings: Bool { held.count > 1 }

  /// Whether the key is absent or deleted here.
  public var isDeleted: Bool { held.allSatisfy { $0.payload == .tombstone } }
}

/// One replica's data: the state of every key it has heard of.
public struct ReplicaStore: Hashable, Sendable {
  /// Key states by key.
  public private(set) var keys: [String: KeyState] = [:]

  /// Creates an empty store.
  public init() {}

  /// The state of a key (empty when never written).
  public subscript(key: String) -> KeyState { keys[key] ?? KeyState() }

  /// Applies a received version under a policy and says what happened.
  ///
  /// A version whose write was received before is a duplicate and changes nothing, so
  /// redelivered messages are harmless.
  public mutating func apply(_ version: Version, policy: PolicyChoice, layout: ClusterLayout) -> ApplyOutcome
  {
    var outcome = ApplyOutcome.duplicate
    modify(version.key) { state in
      guard state.seen.insert(version.dot) else { return }
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
  mutating func applyUnreported(_ version: Version, policy: PolicyChoice, layout: ClusterLayout) -> Bool {
    var isNew = false
    modify(version.key) { state in
      guard state.seen.insert(version.dot) else { return }
      isNew = true
      if case .lastWriterWins = policy {
        LastWriterWins.keepWinner(in: &state.held, incoming: version, layout: layout)
      } else {
        state.held = policy.resolve(held: state.held, incoming: version, layout: layout).held
      }
    }
    return isNew
  }

  /// Replaces a key's held versions outright; the model uses it to settle a manual resolution.
  mutating func modify(_ key: String, _ body: (inout KeyState) -> Void) {
    body(&keys[key, default: KeyState()])
  }

  /// The store's content in a canonical form, for comparing replicas.
  public var contentFingerprint: [String: [Version]] {
    keys.compactMapValues { $0.held.isEmpty ? nil : $0.held }
  }
}
