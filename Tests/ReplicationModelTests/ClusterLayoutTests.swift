import ReplicationModel
import Testing

@Suite struct ClusterLayoutTests {
  private func error(_ configuration: ClusterConfiguration) -> ModelError? {
    do {
      _ = try configuration.layout()
      return nil
    } catch {
      return error
    }
  }

  // MARK: - Validation

  @Test func aClusterNeedsARegion() {
    #expect(error(ClusterConfiguration(regions: [])) == .noRegions)
  }

  @Test func regionNamesMustDiffer() {
    #expect(error(ClusterConfiguration(regions: ["us", "asia", "us"])) == .duplicateRegion("us"))
  }

  @Test(arguments: ["", "US", "1us", "us-east", "eu west", "abcdefghijklm", "ásia"])
  func badRegionNamesAreRefused(name: String) {
    #expect(!ClusterLayout.isValidRegionName(name))
    #expect(error(ClusterConfiguration(regions: ["us", name])) == .invalidRegionName(name))
  }

  @Test(arguments: ["us", "asia", "eu2", "abcdefghijkl"])
  func goodRegionNamesAreAccepted(name: String) {
    #expect(ClusterLayout.isValidRegionName(name))
  }

  @Test(arguments: [-1, 7])
  func followerCountsOutOfRangeAreRefused(count: Int) {
    let problem = error(ClusterConfiguration(followersPerRegion: count))
    #expect(problem == .followerCount(count))
    #expect(problem?.description == "A leader can have 0 to 6 followers, not \(count).")
  }

  @Test func tooManyRegionsAreRefused() {
    let regions = (1...9).map { "r\($0)" }
    #expect(error(ClusterConfiguration(regions: regions, followersPerRegion: 0)) == .tooManyNodes(9))
  }

  @Test func aSingleLeaderMustLiveInAKnownRegion() {
    let configuration = ClusterConfiguration(mode: .singleLeader(region: "eu"))
    #expect(error(configuration) == .unknownRegion("eu", known: ["us", "asia"]))
  }

  @Test func theQuorumTimeoutMustBePositive() {
    #expect(error(ClusterConfiguration(quorumTimeout: .zero)) == .nonPositiveTimeout(.zero))
  }

  @Test func thePriorityOrderMustListEveryRegionOnce() {
    let configuration = ClusterConfiguration(priorityOrder: ["us", "us"])
    #expect(error(configuration) == .invalidPriorityOrder(["us", "us"], regions: ["us", "asia"]))
    #expect(error(ClusterConfiguration(priorityOrder: ["asia"])) != nil)
  }

  // MARK: - Layout

  @Test func theDefaultClusterNamesLeadersAndFollowers() throws {
    let layout = try ClusterConfiguration().layout()
    #expect(layout.nodes.map(\.name) == ["us", "asia", "us-f1", "us-f2", "asia-f1", "asia-f2"])
    #expect(layout.leaders == [NodeID(0), NodeID(1)])
    #expect(layout.nodes.map(\.leaderSlot) == [0, 1, nil, nil, nil, nil])
    #expect(layout.followers[0] == [NodeID(2), NodeID(3)])
    #expect(layout.followers[1] == [NodeID(4), NodeID(5)])
    #expect(layout.followers[2].isEmpty)
    let asiaF2 = try layout.node(named: "asia-f2")
    #expect(layout.info(asiaF2).role == .follower(of: NodeID(1)))
    #expect(layout.leader(of: asiaF2) == NodeID(1))
    #expect(layout.name(of: layout.region(of: asiaF2)) == "asia")
    #expect(layout.priorityOrder == ["us", "asia"])
  }

  @Test func unknownNamesListWhatExists() throws {
    let layout = try ClusterConfiguration(followersPerRegion: 1).layout()
    #expect(throws: ModelError.unknownNode("eu", known: ["us", "asia", "us-f1", "asia-f1"])) {
      try layout.node(named: "eu")
    }
    #expect(throws: ModelError.unknownRegion("eu", known: ["us", "asia"])) {
      try layout.region(named: "eu")
    }
  }

  @Test func singleLeaderModeGivesOtherRegionsOnlyFollowers() throws {
    let layout = try ClusterConfiguration(
      regions: ["us", "asia", "eu"], followersPerRegion: 0, mode: .singleLeader(region: "asia")
    ).layout()
    #expect(layout.nodes.map(\.name) == ["asia", "us-f1", "eu-f1"])
    #expect(layout.leaders == [NodeID(0)])
    #expect(layout.majority == 1)
    #expect(layout.followers[0] == [NodeID(1), NodeID(2)])
    let us = try layout.region(named: "us")
    #expect(layout.leader(in: us) == nil)
    #expect(layout.anchor(of: us) == NodeID(1))
  }

  @Test func settingsCanChangeDuringARun() throws {
    var layout = try ClusterConfiguration(keyPolicies: ["balance": .quorum]).layout()
    #expect(layout.policy(for: "balance") == .quorum)
    #expect(layout.policy(for: "topping") == .lastWriterWins)
    layout.setDefaultPolicy(.siblings)
    layout.setPolicy(nil, forKey: "balance")
    #expect(layout.policy(for: "balance") == .siblings)
    try layout.setPriorityOrder(["asia", "us"])
    #expect(layout.rank(of: NodeID(1)) == 0)
    #expect(layout.rank(of: NodeID(4)) == 0)
    #expect(throws: ModelError.nonPositiveTimeout(.milliseconds(-1))) {
      try layout.setQuorumTimeout(.milliseconds(-1))
    }
  }

  @Test(arguments: [(1, 1), (2, 2), (3, 2), (4, 3), (5, 3)])
  func aMajorityIsMoreThanHalfTheLeaders(leaders: Int, majority: Int) throws {
    let regions = ["us", "asia", "eu", "sa", "au"].prefix(leaders)
    let layout = try ClusterConfiguration(regions: Array(regions), followersPerRegion: 0).layout()
    #expect(layout.majority == majority)
  }

  @Test func policyNamesAreWhatTheShellShows() {
    #expect(
      PolicyChoice.all.map(\.name) == [
        "lww", "priority", "merge union", "merge concat", "quorum", "manual", "siblings",
        "preset cassandra", "preset dynamodb", "preset dynamodb-strong", "preset couchdb", "preset riak",
        "preset riak-lww", "preset cosmos", "preset pgactive", "crdt g-counter", "crdt pn-counter",
        "crdt lww-register", "crdt mv-register", "crdt g-set", "crdt 2p-set", "crdt or-set", "crdt lww-map",
        "crdt text",
      ])
    #expect(PolicyChoice.all.map(\.policy.name) == PolicyChoice.all.map(\.name))
    #expect(PolicyChoice.all.filter(\.needsQuorum) == [.quorum, .preset(.dynamodbStrong)])
    #expect(PolicyChoice.all.filter(\.queuesConflicts) == [.manual])
  }
}

/// DynamoDB's strong multi-Region mode needs three Regions, or two and a witness (AWS, MRSC docs).
@Suite struct StrongModeRegionCountTests {
  @Test func fewerThanThreeLeadersAreRefusedForTheStrongMode() throws {
    for regions in [["us"], ["us", "asia"]] {
      let configuration = ClusterConfiguration(regions: regions, policy: .preset(.dynamodbStrong))
      #expect(throws: ModelError.needsThreeRegions(policy: "preset dynamodb-strong", leaders: regions.count))
      {
        try configuration.layout()
      }
    }
    let keyed = ClusterConfiguration(regions: ["us", "asia"], keyPolicies: ["k": .preset(.dynamodbStrong)])
    #expect(throws: ModelError.self) { try keyed.layout() }
    let three = try ClusterConfiguration(regions: ["us", "asia", "eu"], policy: .preset(.dynamodbStrong))
      .layout()
    #expect(throws: Never.self) { try three.checkAllowed(.preset(.dynamodbStrong)) }
    // The plain majority protocol still runs on two leaders.
    #expect(throws: Never.self) {
      try ClusterConfiguration(regions: ["us", "asia"], policy: .quorum).layout()
    }
  }
}
