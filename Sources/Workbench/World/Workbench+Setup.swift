import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  /// A fresh workbench that keeps only the options, the seed and the undo history of `previous`
  /// (so `reset` can be undone).
  package init(restartingFrom previous: Workbench) {
    var options = previous.options
    options.seed = previous.seed
    self.init(options: options)
    watch = previous.watch
    history = previous.history
  }

  /// Builds a new world from `configuration` and `seed`, keeping the network settings (latencies
  /// set for region pairs only while the regions stay the same). Nothing changes when it fails.
  package mutating func rebuildWorld(configuration: ClusterConfiguration, seed: UInt64) throws(ShellError) {
    let sameRegions = world.layout.regionNames == configuration.regions
    let network = sameRegions ? world.network : world.network.withoutPairLatencies()
    world = try checked { () throws(ModelError) in
      try Simulation(configuration: configuration, network: network, seed: seed)
    }
    self.configuration = configuration
    self.seed = seed
  }

  package mutating func rebuildCluster(
    regions: [String], followers: Int?, topology: LeaderTopology?, singleLeader: String?
  ) throws(ShellError) -> String {
    var configuration = configuration
    configuration.regions = regions
    if let followers { configuration.followersPerRegion = followers }
    if let topology { configuration.topology = topology }
    configuration.mode = singleLeader.map { .singleLeader(region: $0) } ?? .multiLeader
    if configuration.priorityOrder.count != regions.count || Set(configuration.priorityOrder) != Set(regions)
    {
      configuration.priorityOrder = []
    }
    configuration.keyPolicies = world.layout.keyPolicies
    configuration.policy = world.layout.defaultPolicy
    try rebuildWorld(configuration: configuration, seed: seed)
    let layout = world.layout
    let leaders = layout.leaders.map { layout.name(of: $0) }
    let mode =
      singleLeader.map { "one leader (\($0))" }
      ?? "\(leaders.count) leader\(leaders.count == 1 ? "" : "s") (\(leaders.joined(separator: ", ")))"
    return
      "A new cluster: \(regions.count) region\(regions.count == 1 ? "" : "s"), \(mode), \(layout.nodes.count - leaders.count) followers, \(Self.linksText(layout)). Nodes: \(layout.nodes.map(\.name).joined(separator: " "))."
  }

  /// `policy …`: every change is made on a copy of the world first, so a bad tiebreak, timeout or
  /// key changes nothing.
  package mutating func setPolicy(
    _ choice: PolicyChoice?, key: String?, tiebreak: [String]?, timeout: SimDuration?
  )
    throws(ShellError)
    -> String
  {
    var lines: [String] = []
    var layout = world.layout
    if let tiebreak {
      try checked { () throws(ModelError) in try layout.setPriorityOrder(tiebreak) }
      lines.append("Region priority, highest first: \(tiebreak.joined(separator: ", ")).")
    }
    if let timeout {
      try checked { () throws(ModelError) in try layout.setQuorumTimeout(timeout) }
      lines.append("Quorum writes wait up to \(timeout) for a majority.")
    }
    if let key {
      try checked { () throws(ModelError) in try Simulation.validate(key: key, payload: .tombstone) }
    }
    if let choice {
      try checked { () throws(ModelError) in try layout.checkAllowed(choice) }
    }
    // Every check has passed: nothing below can fail.
    if let tiebreak {
      try? world.setPriorityOrder(tiebreak)
      configuration.priorityOrder = tiebreak
    }
    if let timeout {
      try? world.setQuorumTimeout(timeout)
      configuration.quorumTimeout = timeout
    }
    if let key {
      world.setPolicy(choice, forKey: key)
      lines.append(
        choice.map { "Key \(key) now uses \($0.name)." }
          ?? "Key \(key) now uses the default policy, \(world.layout.defaultPolicy.name).")
    } else if let choice {
      world.setDefaultPolicy(choice)
      lines.append("Every key without its own policy now uses \(choice.name).")
    }
    if choice == .quorum && world.layout.leaders.count == 2 {
      lines.append("Note: with two leaders a majority is both of them, so any partition stops quorum writes.")
    }
    return lines.joined(separator: "\n")
  }

  package mutating func changeNetwork(_ changes: [NetworkChange]) throws(ShellError) -> String {
    guard !changes.isEmpty else { return networkSummary() }
    var network = world.network
    for change in changes {
      switch change {
      case .loss(let p): network.lossProbability = p
      case .duplicate(let p): network.duplicationProbability = p
      case .jitter(let d): network.jitter = d
      case .reorder(let on): network.allowsReordering = on
      case .retransmit(let d):
        guard d > .zero else { throw ShellError("The retransmit delay must be longer than zero.") }
        network.retransmitAfter = d
      }
    }
    try checked { () throws(ModelError) in try world.setNetwork(network) }
    return networkSummary()
  }

  package mutating func partition(_ a: [String], _ b: [String]) throws(ShellError) -> String {
    let groupA = try nodes(in: a)
    let groupB = try nodes(in: b)
    let overlap = Set(groupA).intersection(groupB)
    guard overlap.isEmpty else {
      let names = overlap.sorted().map { world.layout.name(of: $0) }
      throw ShellError(
        "The two groups share \(names.joined(separator: ", ")); a node can be on one side only.")
    }
    world.partition(groupA, from: groupB)
    let layout = world.layout
    let names = { (group: [NodeID]) in group.map { layout.name(of: $0) }.joined(separator: ",") }
    return
      "The network is cut between \(names(groupA)) and \(names(groupB)). Messages across wait until heal."
  }

  /// The nodes a group names: a region name stands for all its nodes.
  package func nodes(in group: [String]) throws(ShellError) -> [NodeID] {
    var result: [NodeID] = []
    for name in group {
      if let region = try? world.layout.region(named: name) {
        result += world.layout.nodes.filter { $0.region == region }.map(\.id)
      } else {
        result.append(try nodeID(name))
      }
    }
    guard !result.isEmpty else { throw ShellError("A partition group cannot be empty.") }
    return Array(Set(result)).sorted()
  }
}
