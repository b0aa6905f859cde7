extension KeyState {
  /// Whether a replica discards a replicated version as an update of a row it does not have.
  ///
  /// pgactive (aws/pgactive, docs/referenceguide.md, INSERT/UPDATE conflicts) has no causal
  /// ordering across nodes: an UPDATE that reaches a node before the INSERT of its row finds no
  /// row there and is discarded, which "can lead to different data on different nodes". In the
  /// model a write is an update when its version shows it followed an earlier write of the key:
  /// its vector covers a write this replica has not received. The replica discards it when it
  /// holds nothing for the key. Call after recording the version's own dot in ``seen``.
  ///
  /// Only a policy that says so (``PolicyChoice/discardsUpdatesOfMissingRows``) discards.
  func discardsAsUpdateOfMissingRow(_ version: Version, policy: PolicyChoice) -> Bool {
    guard held.isEmpty, policy.discardsUpdatesOfMissingRows else { return false }
    return seen.missesPart(of: version.vector)
  }
}

extension SeenDots {
  /// Whether `vector` covers a dot that was not received.
  func missesPart(of vector: VersionVector) -> Bool {
    for (slot, counter) in vector.counters.enumerated() where counter > contiguous[slot] {
      for missing in (contiguous[slot] + 1)...counter
      where !gaps.contains(Dot(slot: slot, counter: missing)) {
        return true
      }
    }
    return false
  }
}

extension PolicyChoice {
  /// Whether the policy discards a replicated update of a row a replica does not have (pgactive).
  public var discardsUpdatesOfMissingRows: Bool {
    if case .preset(let preset) = self { return preset.discardsUpdatesOfMissingRows }
    return false
  }
}

extension SystemPreset {
  /// Whether the system discards a replicated UPDATE that finds no row (pgactive): it cannot
  /// tell an update that overtook its row's INSERT from one of a row already deleted.
  public var discardsUpdatesOfMissingRows: Bool { self == .pgactive }
}
