import ReplicationModel
import ReplicationSimulation
import Testing

/// Small conveniences for building and reading simulated clusters in tests.
extension Simulation {
  /// A cluster with the given regions and settings, on the default network.
  static func make(
    regions: [String] = ["us", "asia"], followers: Int = 0, topology: LeaderTopology = .allToAll,
    mode: LeadershipMode = .multiLeader, policy: PolicyChoice = .lastWriterWins,
    network: NetworkConditions = NetworkConditions(), seed: UInt64 = 1
  ) throws -> Simulation {
    let configuration = ClusterConfiguration(
      regions: regions, followersPerRegion: followers, topology: topology, mode: mode, policy: policy)
    return try Simulation(configuration: configuration, network: network, seed: seed)
  }

  /// The node with the given name.
  func node(_ name: String) throws -> NodeID { try layout.node(named: name) }

  /// Every node of a region.
  func nodes(in region: String) throws -> [NodeID] {
    let id = try layout.region(named: region)
    return layout.nodes.filter { $0.region == id }.map(\.id)
  }

  /// The values a node holds for a key right now, ignoring whether it is down.
  func values(_ key: String, at node: NodeID) -> [String] {
    nodes[node.index].store[key].held.map(\.payload.description)
  }

  /// The values every node holds for a key, by node name.
  func valuesEverywhere(_ key: String) -> [String: [String]] {
    var result: [String: [String]] = [:]
    for info in layout.nodes { result[info.name] = values(key, at: info.id) }
    return result
  }

  /// The answer the client got for a write.
  func result(of issued: IssuedWrite) -> WriteResult? { history[issued.write]?.result }

  /// The version the client was told was accepted, if it was.
  func acceptedVersion(of issued: IssuedWrite) -> Version? {
    if case .accepted(let version) = result(of: issued) { return version }
    return nil
  }

  /// Every `applied` trace event, as (node, version, outcome).
  var applications: [(node: NodeID, version: Version, outcome: ApplyOutcome)] {
    trace.compactMap { event in
      if case .applied(let node, let version, let outcome) = event.kind { return (node, version, outcome) }
      return nil
    }
  }
}

extension Simulation {
  /// Runs until nothing is pending, and records an issue if the event limit stopped it first.
  mutating func settle(sourceLocation: SourceLocation = #_sourceLocation) {
    let quiet = runUntilQuiet(eventLimit: 1_000_000)
    #expect(quiet, "the run did not become quiet", sourceLocation: sourceLocation)
  }

  /// The unresolved conflicts of the report, as (key, writes) pairs.
  var conflicts: [String: [WriteID]] {
    Dictionary(uniqueKeysWithValues: report().unresolvedConflicts.map { ($0.key, $0.writes) })
  }
}
