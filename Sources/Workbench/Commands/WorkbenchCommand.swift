import ReplicationModel

/// One parsed line of the world's command language: set up a cluster, act on it, look at it.
///
/// It has no course or shell cases: a script run on a ``Workbench`` (a quiz set-up, a scenario step,
/// a lesson example) cannot start a lesson or a quiz, by type.
package enum WorkbenchCommand: Hashable, Sendable {
  case cluster(regions: [String], followers: Int?, topology: LeaderTopology?, singleLeader: String?)
  case showLatency
  case setLatency(String, String, SimDuration)
  case showClocks
  case setClock(node: String, skew: SimDuration, driftPPM: Int64?)
  case timestamps(TimestampSource?)
  case showPolicy
  case setPolicy(PolicyChoice?, key: String?, tiebreak: [String]?, timeout: SimDuration?)
  case network([NetworkChange])
  case seed(UInt64?)
  case reset
  case write(WriteRequest)
  case read(node: String, key: String, json: Bool, client: String? = nil)
  case step(Int)
  case run(RunLength)
  case partition([String], [String])
  case heal
  case crash(String)
  case recover(String)
  case resolve(key: String, value: String, node: String?)
  case state(key: String?, json: Bool)
  case conflicts(json: Bool)
  case trace(key: String?, last: Int?, followers: Bool)
  /// `followers [grouped|each]`: shows or sets how event lists show followers.
  case followers(FollowerLines?)
  case diagram(DiagramRequest)
  case topology(ascii: Bool)
  case export(ExportRequest)
  case experiment(Experiment?, ExperimentSettings, json: Bool)
  case explore(ExploreRequest)
  case replay(ReplayRequest)
  case report(json: Bool)
  case status
  case explain(String)
  /// `undo`: take back the last command that changed the world.
  case undo
  /// `redo`: play again what `undo` took back.
  case redo
}

/// A client write (or deletion) as the `write` and `delete` commands describe it.
package struct WriteRequest: Hashable, Sendable {
  package let node: String
  package let key: String
  package let payload: Payload
  package let at: SimTime?
  package let from: String?
  /// The context token the client passes; `nil` for its last context of the key, or none.
  package let context: VersionVector?
  /// The client's name (`--as`); `nil` for the default client, named after its region.
  package let client: String?
  /// Whether the client sends no context at all (`--context none`), as one that never read.
  package let sendsNoContext: Bool

  /// Creates a write request.
  package init(
    node: String, key: String, payload: Payload, at: SimTime?, from: String?, context: VersionVector?,
    client: String? = nil, sendsNoContext: Bool = false
  ) {
    self.node = node
    self.key = key
    self.payload = payload
    self.at = at
    self.from = from
    self.context = context
    self.client = client
    self.sendsNoContext = sendsNoContext
  }
}

/// How far `run` goes.
package enum RunLength: Hashable, Sendable {
  /// Until no event is pending.
  case untilQuiet
  /// For a duration.
  case duration(SimDuration)
  /// Until a time of day.
  case until(SimTime)
}

/// One change the `network` command makes.
package enum NetworkChange: Hashable, Sendable {
  case loss(Double)
  case duplicate(Double)
  case jitter(SimDuration)
  case reorder(Bool)
  case retransmit(SimDuration)
}

extension WorkbenchCommand {
  /// Whether the command prints JSON, given the session's global `--json` setting.
  package func printsJSON(globally: Bool) -> Bool {
    switch self {
    case .read(_, _, let json, _), .state(_, let json), .conflicts(let json), .report(let json),
      .experiment(_, _, let json):
      return json || globally
    default:
      return false
    }
  }
}

/// What the `diagram` command draws.
package struct DiagramRequest: Hashable, Sendable {
  /// Only events that concern this key (partitions and crashes always show).
  package var key: String?
  /// Only the last N events.
  package var last: Int?
  /// Whether followers get lanes of their own.
  package var followers = false
  /// Plain ASCII instead of Unicode box drawing.
  package var ascii = false
}

/// What `export` writes, in which format, where.
package struct ExportRequest: Hashable, Sendable {
  /// The picture to export.
  package enum Picture: String, Hashable, Sendable {
    case diagram, topology
  }

  /// A file format.
  package enum Format: String, Hashable, Sendable, CaseIterable {
    case mermaid, svg, dot
  }

  package let picture: Picture
  package let format: Format
  package let path: String
  package let force: Bool
  /// For the diagram: the key, the last N events and the followers, as `diagram` takes them.
  package let diagram: DiagramRequest
}
