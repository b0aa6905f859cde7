/// A conflict-resolution policy: what a replica keeps when a write meets the versions it holds.
///
/// Every policy MUST be deterministic and depend only on the versions themselves (never on the
/// order they arrived in or on which replica runs it), so that all replicas that have received
/// the same writes hold the same versions. The property tests check exactly that.
public protocol ConflictPolicy: Sendable {
  /// The policy's name in the shell (`lww`, `merge union`, …).
  var name: String { get }

  /// Decides what a replica holds after `incoming` meets `held` (the versions it held before).
  ///
  /// - Parameters:
  ///   - held: The versions held for the key, sorted by write id; may be empty.
  ///   - incoming: A version the replica has not received before.
  ///   - layout: The cluster, for region priorities.
  /// - Returns: The versions to hold afterwards and what happened.
  func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution
}

/// The result of applying a policy: what the replica now holds, and what happened.
public struct Resolution: Hashable, Sendable {
  /// The versions held afterwards, sorted by write id.
  public var held: [Version]
  /// What happened.
  public var outcome: ApplyOutcome

  /// Creates a resolution.
  public init(held: [Version], outcome: ApplyOutcome) {
    self.held = held
    self.outcome = outcome
  }
}

/// The held versions of a key sorted into what an incoming write has seen, has not seen, or is
/// already included in.
struct CausalComparison {
  /// A held version that has already seen the incoming write (the incoming one is obsolete).
  var coveringHeld: Version?
  /// Held versions the incoming write has seen: it replaces them.
  var replaced: [Version] = []
  /// Held versions concurrent with the incoming write: conflicts.
  var concurrent: [Version] = []

  init(held: [Version], incoming: Version) {
    for version in held {
      switch incoming.order(relativeTo: version) {
      case .before, .equal: if coveringHeld == nil { coveringHeld = version }
      case .after: replaced.append(version)
      case .concurrent: concurrent.append(version)
      }
    }
  }

  /// The outcome when the incoming write simply replaces what it has seen.
  var replacementOutcome: ApplyOutcome {
    replaced.isEmpty ? .stored : .replaced(previous: replaced.map(\.writeID))
  }
}

extension [Version] {
  /// The versions sorted by write id, the canonical order of a replica's siblings.
  func sortedByWrite() -> [Version] { sorted { $0.writeID < $1.writeID } }
}

extension PolicyChoice {
  /// Applies the chosen policy with static dispatch (the replication hot path).
  func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    switch self {
    case .lastWriterWins: LastWriterWins().resolve(held: held, incoming: incoming, layout: layout)
    case .regionPriority: RegionPriority().resolve(held: held, incoming: incoming, layout: layout)
    case .merge(let function):
      MergeValues(function: function).resolve(held: held, incoming: incoming, layout: layout)
    case .quorum: QuorumCommit().resolve(held: held, incoming: incoming, layout: layout)
    case .manual: ManualResolution().resolve(held: held, incoming: incoming, layout: layout)
    case .siblings: VersionVectorSiblings().resolve(held: held, incoming: incoming, layout: layout)
    case .preset, .crdt: policy.resolve(held: held, incoming: incoming, layout: layout)
    }
  }
}
