/// A real database's conflict rule as a policy: `preset cassandra`, `preset couchdb`, ….
///
/// It resolves with the plain policy the preset is built on (``SystemPreset/behaviour``): last
/// write wins with the system's own order (over every write, or over concurrent ones only),
/// siblings, CouchDB's revisions, or the quorum protocol.
public struct PresetPolicy: ConflictPolicy {
  /// The system whose rule this is.
  public let preset: SystemPreset

  /// Creates the policy for `preset`.
  public init(_ preset: SystemPreset) { self.preset = preset }

  /// `preset NAME`.
  public var name: String { "preset \(preset.name)" }

  /// Resolves as the preset's underlying policy does.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    switch preset.behaviour {
    case .pickWinner(let ordering):
      LastWriterWins(ordering: ordering).resolve(held: held, incoming: incoming, layout: layout)
    case .refuseConcurrent:
      QuorumCommit().resolve(held: held, incoming: incoming, layout: layout)
    case .settleConcurrent(let ordering):
      ConcurrentWinner(ordering: ordering).resolve(held: held, incoming: incoming, layout: layout)
    case .keepRevisions:
      RevisionWinner().resolve(held: held, incoming: incoming, layout: layout)
    case .keepSiblings:
      VersionVectorSiblings().resolve(held: held, incoming: incoming, layout: layout)
    }
  }
}
