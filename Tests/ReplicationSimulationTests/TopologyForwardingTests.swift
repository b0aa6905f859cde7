import ReplicationModel
import ReplicationSimulation
import Testing

@Suite struct TopologyForwardingTests {
  private static let regions = ["us", "asia", "eu", "sa"]

  /// Replication messages sent from one leader to another, per write.
  private func leaderToLeaderSends(_ world: Simulation) -> [WriteID: Int] {
    var sends: [WriteID: Int] = [:]
    for event in world.trace {
      guard case .sent(let envelope, _) = event.kind, case .replicate(let version, _) = envelope.message,
        world.layout.info(envelope.from).leaderSlot != nil, world.layout.info(envelope.to).leaderSlot != nil
      else { continue }
      sends[version.writeID, default: 0] += 1
    }
    return sends
  }

  @Test(arguments: [LeaderTopology.ring, .star, .allToAll], [3, 4])
  func everyLeaderAppliesEachWriteExactlyOnce(topology: LeaderTopology, regionCount: Int) throws {
    // The network duplicates every other message: duplicates must arrive, be recognised and
    // go no further.
    let network = NetworkConditions(duplicationProbability: 0.5)
    var world = try Simulation.make(
      regions: Array(Self.regions.prefix(regionCount)), followers: 1, topology: topology, network: network)
    var writes: [IssuedWrite] = []
    for (index, leader) in world.layout.leaders.enumerated() {
      writes.append(try world.write(key: "k\(index)", .value("from \(index)"), to: leader))
    }
    world.settle()

    let applications = world.applications
    for issued in writes {
      for info in world.layout.nodes {
        let fresh = applications.filter {
          $0.node == info.id && $0.version.writeID == issued.write && $0.outcome != .duplicate
        }
        #expect(fresh.count == 1, "\(info.name) applied \(issued.write) \(fresh.count) times")
      }
    }
    #expect(applications.contains { $0.outcome == .duplicate }, "the network duplicated nothing")
    // Route tags stop loops: each write crosses exactly L-1 leader-to-leader links.
    let sends = leaderToLeaderSends(world)
    #expect(writes.allSatisfy { sends[$0.write] == regionCount - 1 }, "\(sends)")
    #expect(world.report().converged)
  }

  @Test func aRingForwardsAroundTheCircleInOrder() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu"], topology: .ring)
    try world.write(key: "k", .value("v"), to: try world.node("asia"))
    world.settle()
    let hops = world.trace.compactMap { event -> String? in
      guard case .delivered(let envelope) = event.kind else { return nil }
      return "\(world.layout.name(of: envelope.from))→\(world.layout.name(of: envelope.to))"
    }
    #expect(hops == ["asia→eu", "eu→us"])
  }

  @Test func aStarRelaysThroughTheHub() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu", "sa"], topology: .star)
    try world.write(key: "k", .value("v"), to: try world.node("eu"))
    world.settle()
    let hops = world.trace.compactMap { event -> String? in
      guard case .delivered(let envelope) = event.kind else { return nil }
      return "\(world.layout.name(of: envelope.from))→\(world.layout.name(of: envelope.to))"
    }
    #expect(hops == ["eu→us", "us→asia", "us→sa"])
  }

  @Test func aNodeDoesNotForwardToALeaderAlreadyOnTheRoute() throws {
    // Ring us → asia → eu → us: eu holds a US write that passed through asia; the next hop
    // is us, which is on the route, so eu sends it only to its follower.
    let layout = try ClusterConfiguration(
      regions: ["us", "asia", "eu"], followersPerRegion: 1, topology: .ring
    )
    .layout()
    let us = try layout.node(named: "us")
    let asia = try layout.node(named: "asia")
    let eu = try layout.node(named: "eu")
    let euFollower = try layout.node(named: "eu-f1")
    var node = ReplicaNode(id: eu, layout: layout)
    let version = Version(
      key: "k", payload: .value("v"), vector: VersionVector([1]), dot: Dot(slot: 0, counter: 1),
      timestamp: Timestamp(wall: SimTime.start.microseconds), origin: us, writeID: WriteID(1))
    let route = RouteTag(origin: us).adding(asia).adding(eu)
    var effects: [NodeEffect] = []
    node.handle(.messageDelivered(.replicate(version, route: route), from: asia), at: .start, into: &effects)
    let sends = effects.compactMap { effect -> NodeID? in
      if case .send(_, let to) = effect { return to }
      return nil
    }
    #expect(sends == [euFollower])
    #expect(effects.first == .applied(version, .stored))
    // Delivered again, it is a duplicate and goes nowhere.
    effects = []
    node.handle(.messageDelivered(.replicate(version, route: route), from: asia), at: .start, into: &effects)
    #expect(effects == [.applied(version, .duplicate)])
  }

  @Test func routeTagsAreSetsOfNodes() {
    let tag = RouteTag(origin: NodeID(3)).adding(NodeID(0)).adding(NodeID(63)).adding(NodeID(3))
    #expect(tag.nodes == [NodeID(0), NodeID(3), NodeID(63)])
    #expect(tag.contains(NodeID(63)))
    #expect(!tag.contains(NodeID(1)))
  }
}
