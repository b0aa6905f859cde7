/// What a node does in the cluster.
public enum NodeRole: Hashable, Sendable {
  /// A leader accepts client writes; `slot` is its index among the leaders (its version
  /// vector entry).
  case leader(slot: Int)
  /// A follower copies everything from one leader and serves reads only.
  case follower(of: NodeID)
}

/// One node of a laid-out cluster.
public struct NodeInfo: Hashable, Sendable {
  /// The node's identity.
  public let id: NodeID
  /// Its name in the shell: `us`, `us-f1`, `asia-f2`.
  public let name: String
  /// The region it lives in.
  public let region: RegionID
  /// Leader or follower.
  public let role: NodeRole

  /// The leader slot, when the node is a leader.
  public var leaderSlot: Int? {
    if case .leader(let slot) = role { return slot }
    return nil
  }
}

/// A validated cluster: its regions, nodes, leaders and replication settings.
///
/// Built by ``ClusterConfiguration/layout()``. Names are looked up here; everything else in the
/// model works with small integer ids.
public struct ClusterLayout: Hashable, Sendable {
  /// Region names by ``RegionID``.
  public let regionNames: [String]
  /// Every node, leaders first within each region, by ``NodeID``.
  public let nodes: [NodeInfo]
  /// The leaders, by leader slot.
  public let leaders: [NodeID]
  /// Followers of each node (empty for followers), by ``NodeID``.
  public let followers: [[NodeID]]
  /// How leaders pass writes to each other.
  public let topology: LeaderTopology
  /// Where write timestamps come from.
  public private(set) var timestampSource: TimestampSource
  /// The policy for keys without their own.
  public private(set) var defaultPolicy: PolicyChoice
  /// Policies for particular keys.
  public private(set) var keyPolicies: [String: PolicyChoice]
  /// Each region's rank, 0 for the highest priority, by ``RegionID``.
  public private(set) var regionRank: [Int]
  /// How long a quorum write waits for a majority.
  public private(set) var quorumTimeout: SimDuration

  /// The most nodes a cluster may have (a route tag is a 64-bit set).
  public static let maximumNodes = 64

  init(validating configuration: ClusterConfiguration) throws(ModelError) {
    let names = configuration.regions
    guard !names.isEmpty else { throw .noRegions }
    guard names.count <= ModelError.maximumRegions else {
      throw .tooManyNodes(names.count * (configuration.followersPerRegion + 1))
    }
    for name in names where !Self.isValidRegionName(name) { throw .invalidRegionName(name) }
    var unique = Set<String>()
    for name in names where !unique.insert(name).inserted { throw .duplicateRegion(name) }
    let followerCount = configuration.followersPerRegion
    guard (0...ModelError.maximumFollowers).contains(followerCount) else {
      throw .followerCount(followerCount)
    }
    guard configuration.quorumTimeout > .zero else { throw .nonPositiveTimeout(configuration.quorumTimeout) }
    guard configuration.quorumTimeout <= ModelError.maximumDuration else {
      throw .durationOutOfRange(what: "quorum timeout", configuration.quorumTimeout)
    }

    var soleLeaderRegion: Int?
    if case .singleLeader(let region) = configuration.mode {
      guard let index = names.firstIndex(of: region) else { throw .unknownRegion(region, known: names) }
      soleLeaderRegion = index
    }

    var nodes: [NodeInfo] = []
    var leaders: [NodeID] = []
    var followers: [[NodeID]]
    var regionLeader: [NodeID?] = Array(repeating: nil, count: names.count)
    for (regionIndex, name) in names.enumerated() {
      let hasLeader = soleLeaderRegion.map { $0 == regionIndex } ?? true
      guard hasLeader else { continue }
      let id = NodeID(nodes.count)
      nodes.append(
        NodeInfo(id: id, name: name, region: RegionID(regionIndex), role: .leader(slot: leaders.count)))
      leaders.append(id)
      regionLeader[regionIndex] = id
    }
    for (regionIndex, name) in names.enumerated() {
      // In single-leader mode every region's followers copy the sole leader; a region without
      // a leader gets its name on its first follower-less slot as a plain follower.
      let leader = regionLeader[regionIndex] ?? leaders[0]
      let count = regionLeader[regionIndex] == nil ? max(followerCount, 1) : followerCount
      for number in stride(from: 1, through: count, by: 1) {
        let id = NodeID(nodes.count)
        nodes.append(
          NodeInfo(
            id: id, name: "\(name)-f\(number)", region: RegionID(regionIndex), role: .follower(of: leader)))
      }
    }
    guard nodes.count <= Self.maximumNodes else { throw .tooManyNodes(nodes.count) }
    followers = Array(repeating: [], count: nodes.count)
    for node in nodes {
      if case .follower(let leader) = node.role { followers[leader.index].append(node.id) }
    }

    self.regionNames = names
    self.nodes = nodes
    self.leaders = leaders
    self.followers = followers
    self.topology = configuration.topology
    self.timestampSource = configuration.timestampSource
    self.defaultPolicy = configuration.policy
    self.keyPolicies = configuration.keyPolicies
    self.regionRank = Array(names.indices)
    self.quorumTimeout = configuration.quorumTimeout
    if !configuration.priorityOrder.isEmpty { try setPriorityOrder(configuration.priorityOrder) }
    try checkAllowed(configuration.policy)
    for policy in configuration.keyPolicies.values { try checkAllowed(policy) }
  }

  /// Checks that this cluster can run `policy`: DynamoDB's strong multi-Region mode needs three
  /// regions, or two and a witness (AWS documentation on MRSC), and multileader has no witness.
  ///
  /// - Throws: ``ModelError/needsThreeRegions(policy:leaders:)``.
  public func checkAllowed(_ policy: PolicyChoice) throws(ModelError) {
    if policy == .preset(.dynamodbStrong) && leaders.count < 3 {
      throw .needsThreeRegions(policy: policy.name, leaders: leaders.count)
    }
  }

  /// Whether a name is a valid region name: 1–12 lowercase ASCII letters or digits, first a letter.
  public static func isValidRegionName(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    guard (1...12).contains(bytes.count), let first = bytes.first, (97...122).contains(first) else {
      return false
    }
    return bytes.allSatisfy { (97...122).contains($0) || (48...57).contains($0) }
  }

  // MARK: - Lookups

  /// The node with the given name, or an error listing the nodes.
  public func node(named name: String) throws(ModelError) -> NodeID {
    guard let node = nodes.first(where: { $0.name == name }) else {
      throw .unknownNode(name, known: nodes.map(\.name))
    }
    return node.id
  }

  /// The region with the given name, or an error listing the regions.
  public func region(named name: String) throws(ModelError) -> RegionID {
    guard let index = regionNames.firstIndex(of: name) else { throw .unknownRegion(name, known: regionNames) }
    return RegionID(index)
  }

  /// The node's description.
  public func info(_ node: NodeID) -> NodeInfo { nodes[node.index] }

  /// The node's name.
  public func name(of node: NodeID) -> String { nodes[node.index].name }

  /// The name of a region.
  public func name(of region: RegionID) -> String { regionNames[region.index] }

  /// The region a node lives in.
  @inlinable
  public func region(of node: NodeID) -> RegionID { nodes[node.index].region }

  /// The leader a node answers to: itself for a leader, its leader for a follower.
  public func leader(of node: NodeID) -> NodeID {
    switch nodes[node.index].role {
    case .leader: node
    case .follower(let leader): leader
    }
  }

  /// The leader in a region, when it has one.
  public func leader(in region: RegionID) -> NodeID? {
    leaders.first { nodes[$0.index].region == region }
  }

  /// The node that stands for a region on the network (its leader, else its first node).
  public func anchor(of region: RegionID) -> NodeID {
    leader(in: region) ?? nodes.first { $0.region == region }!.id
  }

  /// How many leaders must acknowledge a quorum write: a strict majority, ⌊L/2⌋+1.
  public var majority: Int { leaders.count / 2 + 1 }

  /// Whether every policy in use lets a node take replicated versions in any order and hold the
  /// same data (``PolicyChoice/receiptsCommute``).
  public var receiptsCommute: Bool {
    defaultPolicy.receiptsCommute && keyPolicies.values.allSatisfy(\.receiptsCommute)
  }

  /// The policy for a key.
  public func policy(for key: String) -> PolicyChoice {
    keyPolicies.isEmpty ? defaultPolicy : keyPolicies[key] ?? defaultPolicy
  }

  /// The tie-break rank of the region a node lives in (0 is the highest priority).
  public func rank(of node: NodeID) -> Int { regionRank[nodes[node.index].region.index] }

  /// Region names from highest to lowest priority.
  public var priorityOrder: [String] {
    regionNames.indices.sorted { regionRank[$0] < regionRank[$1] }.map { regionNames[$0] }
  }

  // MARK: - Settings that may change during a run

  /// Sets the policy for every key without its own.
  public mutating func setDefaultPolicy(_ policy: PolicyChoice) { defaultPolicy = policy }

  /// Sets or clears (`nil`) the policy of one key.
  public mutating func setPolicy(_ policy: PolicyChoice?, forKey key: String) { keyPolicies[key] = policy }

  /// Sets the region priority, highest first; it must list every region once.
  public mutating func setPriorityOrder(_ order: [String]) throws(ModelError) {
    guard order.count == regionNames.count, Set(order) == Set(regionNames) else {
      throw .invalidPriorityOrder(order, regions: regionNames)
    }
    for (rank, name) in order.enumerated() { regionRank[regionNames.firstIndex(of: name)!] = rank }
  }

  /// Sets where new write timestamps come from.
  public mutating func setTimestampSource(_ source: TimestampSource) { timestampSource = source }

  /// Sets how long a quorum write waits for a majority.
  public mutating func setQuorumTimeout(_ timeout: SimDuration) throws(ModelError) {
    guard timeout > .zero else { throw .nonPositiveTimeout(timeout) }
    guard timeout <= ModelError.maximumDuration else {
      throw .durationOutOfRange(what: "quorum timeout", timeout)
    }
    quorumTimeout = timeout
  }
}
