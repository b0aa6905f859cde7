/// Version-vector siblings: later writes replace what they have seen; concurrent ones all stay.
///
/// This is what Dynamo and Riak (with `allow_mult`) do: nothing is thrown away. A read returns
/// every sibling with a context; a write that passes that context back replaces them all.
public struct VersionVectorSiblings: ConflictPolicy {
  /// Creates the policy.
  public init() {}

  /// `siblings`.
  public var name: String { "siblings" }

  /// Keeps every version that no other version has seen.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    SiblingKeeping.resolve(held: held, incoming: incoming)
  }
}

/// Manual intervention: concurrent versions wait in a conflict queue for a person to decide.
///
/// The replica keeps every concurrent version, exactly as with siblings, and the conflict is
/// listed until a resolution (a write that has seen all the siblings) supersedes them. Use it
/// for data where no rule is safe, such as money.
public struct ManualResolution: ConflictPolicy {
  /// Creates the policy.
  public init() {}

  /// `manual`.
  public var name: String { "manual" }

  /// Keeps every version that no other version has seen, for a person to resolve.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    SiblingKeeping.resolve(held: held, incoming: incoming)
  }
}

/// Quorum commit: writes are ordered by a majority of leaders before they are applied.
///
/// Committed writes never conflict: each one has seen the previous one, because any two
/// majorities share a leader. Replicas therefore only ever replace; if two concurrent
/// committed versions ever met, they would be kept as siblings so the fault stays visible.
public struct QuorumCommit: ConflictPolicy {
  /// Creates the policy.
  public init() {}

  /// `quorum`.
  public var name: String { "quorum" }

  /// Replaces what the committed write has seen.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    SiblingKeeping.resolve(held: held, incoming: incoming)
  }
}

/// The shared rule of the sibling-keeping policies.
enum SiblingKeeping {
  static func resolve(held: [Version], incoming: Version) -> Resolution {
    let comparison = CausalComparison(held: held, incoming: incoming)
    if let covering = comparison.coveringHeld {
      return Resolution(held: held, outcome: .obsolete(heldBy: covering.writeID))
    }
    guard !comparison.concurrent.isEmpty else {
      return Resolution(held: [incoming], outcome: comparison.replacementOutcome)
    }
    let siblings = (comparison.concurrent + [incoming]).sortedByWrite()
    let settlement = ConflictSettlement(
      incoming: incoming.writeID, rivals: comparison.concurrent.map(\.writeID),
      result: .siblings(siblings.map(\.writeID)))
    return Resolution(held: siblings, outcome: .conflict(settlement))
  }
}
