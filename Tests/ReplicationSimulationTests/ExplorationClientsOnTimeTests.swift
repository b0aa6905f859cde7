import ReplicationModel
import ReplicationSimulation
import Testing

/// Exploring with client requests on time: only messages between nodes are late.
@Suite struct ExplorationClientsOnTimeTests {
  /// Leaders each take `writes` writes of one key, 10 ms apart, nothing run yet.
  private func leadersWriting(
    _ regions: [String], writes: Int, policy: PolicyChoice = .lastWriterWins, followers: Int = 0
  ) throws -> Simulation {
    var world = try Simulation.make(regions: regions, followers: followers, policy: policy)
    var number = 0
    for round in 0..<writes {
      for leader in world.layout.leaders {
        number += 1
        try world.write(
          key: "topping", .value("v\(number)"), to: leader, at: .start + .milliseconds(Int64(10 * round)))
      }
    }
    return world
  }

  @Test func threeLeadersTwoWritesEachComplete() throws {
    let world = try leadersWriting(["us", "asia", "eu"], writes: 2)
    let result = Explorer.explore(world, options: ExplorationOptions(clientsOnTime: true))
    #expect(!result.isPartial)
    // Each leader gets two messages from each other leader, in order per link: C(4,2) = 6
    // orders of its own, and the three leaders' orders are independent: 6^3 classes.
    #expect(result.classes == 216)
    // Every write is made before any message arrives: no write depends on another, nothing
    // overtakes, and last writer wins picks the same write everywhere.
    #expect(result.outcomes.count == 1)
    #expect(result.outcomes[0].outcome.converged && result.outcomes[0].outcome.overtakes.isEmpty)
    #expect(result.statesVisited < 1_000)
  }

  @Test func onTimeEndingsAreAmongTheLateOnes() throws {
    for policy in [PolicyChoice.lastWriterWins, .siblings] {
      let world = try leadersWriting(["us", "asia"], writes: 2, policy: policy)
      let late = Explorer.explore(world, options: ExplorationOptions(clientsOnTime: false))
      let onTime = Explorer.explore(world, options: ExplorationOptions(clientsOnTime: true))
      #expect(!late.isPartial && !onTime.isPartial)
      let lateOutcomes = Set(late.outcomes.map(\.outcome))
      let onTimeOutcomes = Set(onTime.outcomes.map(\.outcome))
      #expect(onTimeOutcomes.isSubset(of: lateOutcomes))
      #expect(onTime.orders < late.orders)
      #expect(onTime.statesVisited < late.statesVisited)
    }
  }

  @Test func reductionFindsWhatBruteForceFindsWithClientsOnTime() throws {
    let small = try leadersWriting(["us", "asia", "eu"], writes: 1, policy: .siblings)
    var options = ExplorationOptions(clientsOnTime: true)
    let brute = try #require(Explorer.bruteForce(small, options: options, limit: 200_000))
    for reduction in [true, false] {
      options.reduction = reduction
      let result = Explorer.explore(small, options: options)
      var counts: [ExplorationOutcome: Int] = [:]
      for summary in result.outcomes { counts[summary.outcome] = Int(summary.orders) }
      #expect(counts == brute)
    }
  }

  @Test func randomSmallScenariosAgreeWithBruteForce() throws {
    var rng = SplitMix64(seed: 77)
    let policies: [PolicyChoice] = [.lastWriterWins, .siblings, .merge(.union), .quorum]
    var checked = 0
    for _ in 0..<30 {
      let regions = Array(["us", "asia", "eu"].prefix(2 + Int(rng.next() % 2)))
      let policy = policies[Int(rng.next() % UInt64(policies.count))]
      var network = NetworkConditions()
      network.allowsReordering = rng.next() % 2 == 0
      var world = try Simulation.make(
        regions: regions, followers: Int(rng.next() % 2), policy: policy, network: network)
      for number in 0..<(1 + Int(rng.next() % 3)) {
        let leader = world.layout.leaders[Int(rng.next() % UInt64(world.layout.leaders.count))]
        try world.write(
          key: "topping", .value("v\(number)"), to: leader,
          at: .start + .milliseconds(Int64(rng.next() % 200)))
      }
      var options = ExplorationOptions(clientsOnTime: true)
      options.drops = rng.next() % 4 == 0 ? 1 : 0
      options.crashes = rng.next() % 5 == 0 ? 1 : 0
      guard let brute = Explorer.bruteForce(world, options: options, limit: 5_000) else { continue }
      let result = Explorer.explore(world, options: options)
      var counts: [ExplorationOutcome: Int] = [:]
      for summary in result.outcomes { counts[summary.outcome] = Int(summary.orders) }
      #expect(counts == brute)
      checked += 1
    }
    #expect(checked >= 15)
  }
}
