import ReplicationModel
import ReplicationSimulation
import Testing

@Suite struct ExplorationTests {
  /// Two leaders that each accepted a write of one key; the two replication messages are on
  /// their way, each to the other leader.
  private func twoCrossingMessages() throws -> Simulation {
    var world = try Simulation.make(regions: ["us", "asia"])
    try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"))
    try world.write(key: "topping", .value("mushroom"), to: try world.node("asia"))
    world.run(until: .start + .milliseconds(10))
    return world
  }

  @Test func twoMessagesHaveTwoOrdersInOneClass() throws {
    let result = Explorer.explore(try twoCrossingMessages())
    #expect(result.orders == 2)
    #expect(result.classes == 1)
    #expect(result.statesVisited == 4)
    #expect(!result.isPartial)
    // Last writer wins: every order ends alike.
    #expect(result.outcomes.count == 1)
    #expect(result.outcomes[0].outcome.converged)
    #expect(result.outcomes[0].shortest.count == 2)
    // The second order is read off the diamond, not computed.
    #expect(result.transitionsComputed == 3 && result.transitionsCommuted == 1)
    let plain = Explorer.explore(try twoCrossingMessages(), options: ExplorationOptions(reduction: false))
    #expect(plain.transitionsComputed == 4 && plain.transitionsCommuted == 0)
  }

  @Test func threeIndependentDeliveriesAreSixOrdersOfOneClass() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu", "au"])
    try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"))
    world.run(until: .start + .milliseconds(10))
    let result = Explorer.explore(world)
    #expect(result.orders == 6)
    #expect(result.classes == 1)
    #expect(result.statesVisited == 8)
    #expect(result.outcomes.count == 1)
    #expect(Explorer.bruteForce(world)?.values.reduce(0, +) == 6)
  }

  @Test func twoMessagesToOneNodeAreTwoClasses() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu"], policy: .siblings)
    try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"))
    try world.write(key: "topping", .value("mushroom"), to: try world.node("asia"))
    world.run(until: .start + .milliseconds(10))
    let result = Explorer.explore(world)
    // Four messages: us and asia each get one, eu gets two (in either order).
    #expect(result.orders == 24)
    #expect(result.classes == 2)
    #expect(result.outcomes.count == 1)
    #expect(result.outcomes[0].outcome.siblingKeys == ["topping"])
  }

  /// The lesson's situation: asia changes order 9 after seeing it; the direct link from us to eu
  /// is slow, so asia's change may reach eu first.
  private func overtakingWorld(policy: PolicyChoice, asiaSkew: SimDuration = .zero) throws -> Simulation {
    var world = try Simulation.make(regions: ["us", "asia", "eu"], policy: policy)
    var network = world.network
    try network.setLatency(
      .milliseconds(300), between: world.layout.region(named: "us"), and: world.layout.region(named: "eu"))
    try network.setLatency(
      .milliseconds(50), between: world.layout.region(named: "us"), and: world.layout.region(named: "asia"))
    try network.setLatency(
      .milliseconds(50), between: world.layout.region(named: "asia"), and: world.layout.region(named: "eu"))
    try world.setNetwork(network)
    try world.setClock(NodeClock(skew: asiaSkew), of: try world.node("asia"))
    try world.write(key: "order", .value("margherita"), to: try world.node("us"))
    world.run(until: .start + .milliseconds(60))
    // The Asia client reads the order before adding olives: its write follows the US write.
    let asia = try world.node("asia")
    let read = try world.read("order", at: asia)
    try world.write(key: "order", .value("margherita+olives"), to: asia, context: read.context)
    world.run(until: .start + .milliseconds(70))
    return world
  }

  @Test func anUpdateCanOvertakeTheInsertItDependsOn() throws {
    let world = try overtakingWorld(policy: .lastWriterWins)
    let result = Explorer.explore(world)
    let eu = try world.node("eu")
    let overtaken = result.outcomes.filter { !$0.outcome.overtakes.isEmpty }
    #expect(!overtaken.isEmpty)
    #expect(overtaken.allSatisfy { $0.outcome.overtakes == [Overtake(node: eu, write: WriteID(2))] })
    // With accurate clocks the final state is right in every order.
    #expect(result.outcomes.allSatisfy { $0.outcome.converged && $0.outcome.lostWrites.isEmpty })
    let causal = Explorer.explore(world, options: ExplorationOptions(causalDelivery: true))
    #expect(causal.outcomes.allSatisfy { $0.outcome.overtakes.isEmpty })
    #expect(causal.orders < result.orders)
  }

  @Test func skewedLastWriterWinsLosesTheLaterWriteInEveryOrderVersionVectorsInNone() throws {
    let lww = Explorer.explore(try overtakingWorld(policy: .lastWriterWins, asiaSkew: .seconds(-1)))
    #expect(lww.outcomes.allSatisfy { $0.outcome.lostWrites == [WriteID(2)] })
    let vectors = Explorer.explore(try overtakingWorld(policy: .siblings, asiaSkew: .seconds(-1)))
    #expect(vectors.outcomes.contains { !$0.outcome.overtakes.isEmpty })
    #expect(vectors.outcomes.allSatisfy { $0.outcome.lostWrites.isEmpty && $0.outcome.converged })
    #expect(
      vectors.outcomes.allSatisfy {
        $0.outcome.replicas.allSatisfy { $0.keys[0].values == ["margherita+olives"] }
      })
  }

  @Test func quorumNeverCommitsTwoConflictingWritesButCanRejectOne() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu"], policy: .quorum)
    try world.write(key: "balance", .value("100"), to: try world.node("us"), at: .start)
    try world.write(key: "balance", .value("200"), to: try world.node("asia"), at: .start)
    let result = Explorer.explore(world, options: ExplorationOptions(partitions: 1, maxStates: 300_000))
    #expect(!result.isPartial)
    #expect(result.outcomes.allSatisfy { $0.outcome.concurrentCommits.isEmpty })
    #expect(result.outcomes.contains { !$0.outcome.rejectedWrites.isEmpty })
    #expect(result.outcomes.allSatisfy { $0.outcome.converged })
  }

  @Test func theBoundGivesAPartialAnswer() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu"])
    for leader in world.layout.leaders {
      try world.write(key: "topping", .value("v\(leader.index)"), to: leader, at: .start)
    }
    let result = Explorer.explore(world, options: ExplorationOptions(maxStates: 10))
    #expect(result.isPartial)
    #expect(result.statesVisited == 10)
    #expect(result.classes == nil)
  }

  @Test func anOutcomesShortestTraceReplaysToThatOutcome() throws {
    var world = try Simulation.make(regions: ["us", "asia"], policy: .lastWriterWins)
    try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"), at: .start)
    try world.write(key: "topping", .value("mushroom"), to: try world.node("asia"), at: .start)
    let result = Explorer.explore(world, options: ExplorationOptions(drops: 1))
    #expect(result.outcomes.count > 1)
    for summary in result.outcomes {
      let replayed = try #require(Explorer.replay(summary.shortest, on: world))
      #expect(!replayed.hasPendingEvents)
      let values = replayed.nodes.map {
        $0.store.contentFingerprint["topping"]?.map(\.payload.description) ?? []
      }
      #expect(values == summary.outcome.replicas.map { $0.keys.first?.values ?? [] })
      #expect(!replayed.trace.isEmpty)
    }
  }

  @Test func reductionFindsWhatBruteForceFinds() throws {
    var rng = SplitMix64(seed: 2024)
    let policies: [PolicyChoice] = [.lastWriterWins, .siblings, .merge(.union), .quorum]
    var checked = 0
    for _ in 0..<30 {
      let regionCount = 2 + Int(rng.next() % 2)
      let regions = Array(["us", "asia", "eu"].prefix(regionCount))
      let policy = policies[Int(rng.next() % UInt64(policies.count))]
      var network = NetworkConditions()
      network.allowsReordering = rng.next() % 2 == 0
      var world = try Simulation.make(
        regions: regions, followers: Int(rng.next() % 2), policy: policy, network: network)
      let writes = 1 + Int(rng.next() % 2)
      for number in 0..<writes {
        let leader = world.layout.leaders[Int(rng.next() % UInt64(world.layout.leaders.count))]
        let key = rng.next() % 3 == 0 ? "crust" : "topping"
        try world.write(
          key: key, .value("v\(number)"), to: leader, at: .start + .milliseconds(Int64(rng.next() % 100)))
      }
      var options = ExplorationOptions()
      options.drops = rng.next() % 4 == 0 ? 1 : 0
      options.crashes = rng.next() % 5 == 0 ? 1 : 0
      options.clientsOnTime = rng.next() % 2 == 0
      guard let (reduced, plain) = Explorer.expectAgreesWithBruteForce(world, options: options) else {
        continue
      }
      #expect(reduced.statesVisited == plain.statesVisited)
      #expect(reduced.transitionsComputed <= plain.transitionsComputed)
      #expect(zip(reduced.outcomes, plain.outcomes).allSatisfy { $0.shortest.count == $1.shortest.count })
      checked += 1
    }
    #expect(checked >= 15)
  }
}
