/// How leaders pass writes to each other.
public enum LeaderTopology: String, CaseIterable, Hashable, Sendable {
  /// Every leader sends its writes straight to every other leader (the default).
  case allToAll = "all-to-all"
  /// Each leader sends to the next one in a circle; writes are forwarded around it.
  case ring
  /// One hub leader (the first region's) relays every write to all the others.
  case star
}

/// Whether every region has a leader, or one leader serves the whole world.
public enum LeadershipMode: Hashable, Sendable {
  /// One leader per region: writes are accepted locally everywhere.
  case multiLeader
  /// A single leader in one region; every other region holds only followers of it.
  case singleLeader(region: String)
}

/// A description of a cluster to build: regions, followers, topology, clocks and policies.
///
/// The defaults give the source document's picture: a US and an Asia region, each with a
/// leader and two followers, leaders replicating all-to-all, physical UTC timestamps, and
/// last-write-wins with US first on ties.
public struct ClusterConfiguration: Hashable, Sendable {
  /// Region names, in declaration order (which is also the default tie-break priority).
  public var regions: [String]
  /// Followers per leader.
  public var followersPerRegion: Int
  /// How leaders pass writes to each other.
  public var topology: LeaderTopology
  /// One leader per region, or a single leader.
  public var mode: LeadershipMode
  /// Where write timestamps come from.
  public var timestampSource: TimestampSource
  /// The conflict-resolution policy for keys without their own.
  public var policy: PolicyChoice
  /// Policies for particular keys, overriding ``policy``.
  public var keyPolicies: [String: PolicyChoice]
  /// Region names from highest to lowest priority, for tie-breaks and the priority policy;
  /// empty means declaration order.
  public var priorityOrder: [String]
  /// How long a quorum write waits for a majority before it is rejected.
  public var quorumTimeout: SimDuration

  /// Creates a configuration; every argument has the classic two-region default.
  public init(
    regions: [String] = ["us", "asia"],
    followersPerRegion: Int = 2,
    topology: LeaderTopology = .allToAll,
    mode: LeadershipMode = .multiLeader,
    timestampSource: TimestampSource = .physical,
    policy: PolicyChoice = .lastWriterWins,
    keyPolicies: [String: PolicyChoice] = [:],
    priorityOrder: [String] = [],
    quorumTimeout: SimDuration = .seconds(1)
  ) {
    self.regions = regions
    self.followersPerRegion = followersPerRegion
    self.topology = topology
    self.mode = mode
    self.timestampSource = timestampSource
    self.policy = policy
    self.keyPolicies = keyPolicies
    self.priorityOrder = priorityOrder
    self.quorumTimeout = quorumTimeout
  }

  /// Checks the configuration and lays out its nodes, or says what is wrong.
  public func layout() throws(ModelError) -> ClusterLayout {
    try ClusterLayout(validating: self)
  }
}
