import ReplicationModel
import ReplicationSimulation
import Testing

@Suite struct DeterminismTests {
  /// A run with every kind of randomness and fault switched on.
  private func noisyRun(seed: UInt64, recording: Recording = .all) throws -> Simulation {
    let network = NetworkConditions(
      lossProbability: 0.3, duplicationProbability: 0.3, jitter: .milliseconds(40), allowsReordering: true)
    var world = try Simulation(
      configuration: ClusterConfiguration(
        regions: ["us", "asia", "eu"], followersPerRegion: 1, policy: .siblings),
      network: network, seed: seed, recording: recording)
    let leaders = world.layout.leaders
    for index in 0..<12 {
      try world.write(
        key: "k\(index % 2)", .value("v\(index)"), to: leaders[index % leaders.count],
        at: .start + .milliseconds(Int64(index) * 17))
    }
    world.run(for: .milliseconds(100))
    world.partition([leaders[0]], from: [leaders[1], leaders[2]])
    world.run(for: .milliseconds(300))
    world.crash(leaders[2])
    world.heal()
    world.run(for: .milliseconds(300))
    world.recover(leaders[2])
    world.runUntilQuiet()
    return world
  }

  @Test(arguments: [1, 2, 99] as [UInt64])
  func theSameSeedReplaysTheSameRun(seed: UInt64) throws {
    let first = try noisyRun(seed: seed)
    let second = try noisyRun(seed: seed)
    #expect(first.trace.count > 100)
    #expect(first.trace == second.trace)
    #expect(first.nodes == second.nodes)
    #expect(first.history == second.history)
    #expect(first.now == second.now)
  }

  @Test func differentSeedsMakeDifferentNetworks() throws {
    let traces = try [1, 2, 3].map { try noisyRun(seed: $0).trace }
    #expect(Set(traces).count == 3)
  }

  @Test func recordingNothingChangesNothingButTheRecord() throws {
    let recorded = try noisyRun(seed: 7)
    let silent = try noisyRun(seed: 7, recording: .none)
    #expect(silent.trace.isEmpty)
    #expect(silent.history.records.isEmpty)
    #expect(silent.nodes == recorded.nodes)
    #expect(silent.eventsProcessed == recorded.eventsProcessed)
  }

  @Test func simultaneousEventsRunInTheOrderTheyWereScheduled() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu"])
    let leaders = world.layout.leaders
    for leader in leaders.reversed() {
      try world.write(key: "k", .value("v"), to: leader, at: .start + .seconds(1))
    }
    world.run(until: .start + .seconds(1))
    let requests = world.trace.compactMap { event -> NodeID? in
      if case .clientRequest(_, _, let node) = event.kind { return node }
      return nil
    }
    #expect(requests == leaders.reversed())
    #expect(world.now == .start + .seconds(1))
  }

  /// A copy of a simulation with events pending is independent: running one leaves the other's
  /// pending events untouched, and the copy then replays exactly what the original did.
  @Test func aCopiedSimulationRunsOnItsOwn() throws {
    var original = try noisyRun(seed: 5)
    let leaders = original.layout.leaders
    for index in 0..<40 {
      try original.write(
        key: "c\(index % 3)", .value("w\(index)"), to: leaders[index % leaders.count],
        at: original.now + .milliseconds(Int64(index % 7)))
    }
    original.run(for: .milliseconds(3))
    let pending = original.nextEventTime
    var copy = original
    #expect(copy.hasPendingEvents)
    original.runUntilQuiet()
    #expect(!original.hasPendingEvents)
    #expect(copy.hasPendingEvents)
    #expect(copy.nextEventTime == pending)
    copy.runUntilQuiet()
    #expect(copy.trace == original.trace)
    #expect(copy.nodes == original.nodes)
    #expect(copy.eventsProcessed == original.eventsProcessed)
  }

  @Test func aWriteInThePastIsRefused() throws {
    var world = try Simulation.make()
    world.run(for: .seconds(1))
    #expect(throws: ModelError.timeInPast(.start, now: .start + .seconds(1))) {
      try world.write(key: "k", .value("v"), to: NodeID(0), at: .start)
    }
    #expect(throws: ModelError.emptyKey) { try world.write(key: "", .value("v"), to: NodeID(0)) }
    #expect(throws: ModelError.emptyValue) { try world.write(key: "k", .value(""), to: NodeID(0)) }
  }
}
