/// Which conflict-resolution policy a key uses.
///
/// Each case is backed by a small type that conforms to ``ConflictPolicy``; ``policy`` returns it.
public enum PolicyChoice: Hashable, Sendable {
  /// Last write wins by timestamp; equal timestamps go to the higher-priority region, then to
  /// the later write id.
  case lastWriterWins
  /// Concurrent writes go to the higher-priority region; causally later writes still replace
  /// earlier ones.
  case regionPriority
  /// Concurrent values are combined by an application merge function.
  case merge(MergeFunction)
  /// A write commits only once a majority of leaders acknowledge it.
  case quorum
  /// Concurrent versions wait as siblings in a conflict queue until someone resolves them.
  case manual
  /// Version vectors keep causally later writes and every truly concurrent write as siblings.
  case siblings
  /// The conflict rule of a real database (Cassandra, DynamoDB, CouchDB, Riak, Cosmos DB, pgactive).
  case preset(SystemPreset)
  /// The key holds a CRDT of this kind: replicas merge states, nothing is picked or dropped.
  case crdt(CRDTKind)

  /// Every policy, the presets included, for listings, completion and property tests.
  public static let all: [PolicyChoice] =
    [.lastWriterWins, .regionPriority, .merge(.union), .merge(.concatenate), .quorum, .manual, .siblings]
    + SystemPreset.allCases.map { .preset($0) } + CRDTKind.allCases.map { .crdt($0) }

  /// The policy's name in the shell: `lww`, `priority`, `merge union`, `quorum`, ….
  public var name: String {
    switch self {
    case .lastWriterWins: "lww"
    case .regionPriority: "priority"
    case .merge(let function): "merge \(function.rawValue)"
    case .quorum: "quorum"
    case .manual: "manual"
    case .siblings: "siblings"
    case .preset(let preset): "preset \(preset.name)"
    case .crdt(let kind): "crdt \(kind.rawValue)"
    }
  }

  /// The type that carries out the policy.
  public var policy: any ConflictPolicy {
    switch self {
    case .lastWriterWins: LastWriterWins()
    case .regionPriority: RegionPriority()
    case .merge(let function): MergeValues(function: function)
    case .quorum: QuorumCommit()
    case .manual: ManualResolution()
    case .siblings: VersionVectorSiblings()
    case .preset(let preset): PresetPolicy(preset)
    case .crdt(let kind): CRDTMerge(kind: kind)
    }
  }

  /// Whether writes under this policy go through the majority-of-leaders protocol.
  public var needsQuorum: Bool { self == .quorum || refusesConcurrentWrites }

  /// Whether a quorum write that meets a concurrent one is refused at once instead of waiting for
  /// it (DynamoDB's strong multi-Region mode).
  public var refusesConcurrentWrites: Bool { self == .preset(.dynamodbStrong) }

  /// The CRDT kind a key under this policy holds, if it is a CRDT policy.
  public var crdtKind: CRDTKind? {
    if case .crdt(let kind) = self { return kind }
    return nil
  }

  /// Whether reads name one deterministic winner among the siblings (CouchDB).
  public var namesWinningRevision: Bool { self == .preset(.couchdb) }

  /// Whether a write's causal context is only what its client passes: a write without one is
  /// concurrent with every version the leader holds, and stays beside them as a sibling.
  ///
  /// True for the policies that keep siblings with contexts (siblings, manual, Riak, CouchDB):
  /// Riak hands the context to the client with every read and a store without one makes a
  /// sibling (Riak KV docs, "Conflict Resolution"; Kleppmann, DDIA ch. 5). Last-writer-wins
  /// systems, merges and quorums have no client contexts, so their leader's own knowledge of the
  /// key stands in for a missing one.
  public var takesContextFromClient: Bool {
    switch self {
    case .siblings, .manual, .preset(.riak), .preset(.couchdb): true
    default: false
    }
  }

  /// Whether a leader refuses an update of a key it holds unless the client's context includes
  /// the revision reads show (CouchDB answers 409 Conflict; replication still makes conflicts).
  public var requiresCurrentRevision: Bool { self == .preset(.couchdb) }

  /// Whether concurrent versions are recorded in the conflict queue for a person to resolve.
  public var queuesConflicts: Bool { self == .manual }
}

/// An application merge function for ``PolicyChoice/merge(_:)``.
public enum MergeFunction: String, CaseIterable, Hashable, Sendable {
  /// Set union of comma-separated items: `pepperoni` and `mushroom` give `mushroom,pepperoni`.
  case union
  /// Alphabetical concatenation with `/`: `B` and `C` give `B/C`.
  case concatenate = "concat"
}

extension PolicyChoice {
  /// Whether a node that receives the same replicated versions in any order ends up holding the
  /// same data: the policy keeps a winner by a fixed rule, keeps siblings by their version
  /// vectors, or merges with a commutative function (union and concatenation both sort the
  /// parts).
  ///
  /// The explorer relies on it: a leader with no request left to handle may then take its copies
  /// in the order they were due, because no other order could change what it holds. False for
  /// quorums (receipts send votes) and pgactive (an UPDATE that arrives before its row's INSERT is
  /// discarded), and, not checked yet and so not assumed, for manual resolution (its conflict
  /// queue), DynamoDB's strong mode and the CRDTs. Checked in `QuietLeaderTests`: exploring with
  /// and without the assumption finds the same outcomes.
  public var receiptsCommute: Bool {
    switch self {
    case .lastWriterWins, .regionPriority, .siblings, .merge: true
    case .quorum, .manual, .crdt: false
    case .preset(let preset):
      switch preset {
      case .pgactive, .dynamodbStrong: false
      default: true
      }
    }
  }
}
