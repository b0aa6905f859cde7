import ReplicationModel
import ReplicationSimulation
import Testing

@Suite struct PartitionAndCrashTests {
  @Test func writesDuringAPartitionAreHeldThenDeliveredAfterTheHeal() throws {
    var world = try Simulation.make(followers: 1)
    world.partition(try world.nodes(in: "us"), from: try world.nodes(in: "asia"))
    #expect(world.isPartitioned)
    let issued = try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"))
    world.run(for: .seconds(5))

    #expect(world.acceptedVersion(of: issued) != nil, "the local leader still accepts")
    #expect(try world.values("topping", at: world.node("us-f1")) == ["pepperoni"])
    #expect(try world.values("topping", at: world.node("asia")).isEmpty)
    #expect(world.report().messagesHeld == 1)
    #expect(!world.report().converged)
    #expect(world.held.map { world.layout.name(of: $0.to) } == ["asia"])

    world.heal()
    world.settle()
    #expect(try world.values("topping", at: world.node("asia-f1")) == ["pepperoni"])
    let released = world.trace.contains {
      if case .released = $0.kind { return true }
      return false
    }
    #expect(released)
    let report = world.report()
    #expect(report.converged && report.isSettled)
  }

  @Test func bothSidesOfAPartitionKeepTakingWritesAndConflictAfterTheHeal() throws {
    var world = try Simulation.make(policy: .siblings)
    world.partition([try world.node("us")], from: [try world.node("asia")])
    try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"))
    try world.write(key: "topping", .value("mushroom"), to: try world.node("asia"), at: .start + .seconds(1))
    world.run(for: .seconds(3))
    #expect(try world.values("topping", at: world.node("us")) == ["pepperoni"])
    #expect(try world.values("topping", at: world.node("asia")) == ["mushroom"])
    world.heal()
    world.settle()
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0 == ["pepperoni", "mushroom"] })
  }

  @Test func aCrashedNodeKeepsItsDataAndCatchesUpAfterRecovery() throws {
    var world = try Simulation.make()
    let us = try world.node("us")
    let asia = try world.node("asia")
    try world.write(key: "topping", .value("pepperoni"), to: us)
    world.settle()
    world.crash(asia)
    #expect(world.isNodeDown(asia))
    try world.write(key: "topping", .value("olive"), to: us)
    world.run(for: .seconds(1))

    #expect(world.values("topping", at: asia) == ["pepperoni"], "the data survives the crash")
    #expect(throws: ModelError.nodeDown("asia")) { try world.read("topping", at: asia) }
    let held = world.trace.contains {
      if case .held(_, .nodeDown) = $0.kind { return true }
      return false
    }
    #expect(held)
    #expect(world.report().messagesHeld == 1)

    world.recover(asia)
    world.settle()
    #expect(try world.read("topping", at: asia).versions.map(\.payload) == [.value("olive")])
    #expect(world.report().converged)
  }

  @Test func aWriteToACrashedNodeIsRejectedWithAReason() throws {
    var world = try Simulation.make()
    let asia = try world.node("asia")
    world.crash(asia)
    let issued = try world.write(key: "topping", .value("olive"), to: asia)
    world.settle()
    #expect(world.result(of: issued) == .rejected(.nodeDown))
    #expect(world.history[issued.write]?.latency == .milliseconds(2))
    #expect(world.report().acknowledgedWrites == 0)
  }

  @Test func aWriteTheNodeWasHandlingWhenItCrashedIsAnsweredNodeDown() throws {
    // Under quorum the US leader waits for Asia's vote; it crashes in the meantime.
    var world = try Simulation.make(policy: .quorum)
    let us = try world.node("us")
    let issued = try world.write(key: "balance", .value("100"), to: us)
    world.run(for: .milliseconds(50))
    world.crash(us)
    world.run(for: .seconds(5))
    #expect(world.result(of: issued) == .rejected(.nodeDown))
    world.recover(us)
    world.settle()
    let abandoned = world.trace.contains {
      if case .quorum(_, .aborted(issued.write, .coordinatorRestarted)) = $0.kind { return true }
      return false
    }
    #expect(abandoned, "the recovered coordinator gives the write up")
    #expect(world.report().converged)
    #expect(world.valuesEverywhere("balance").values.allSatisfy { $0.isEmpty })
  }

  @Test func aClientCutOffFromItsNodeIsToldItIsUnreachable() throws {
    var world = try Simulation.make()
    let us = try world.node("us")
    let asia = try world.node("asia")
    world.partition([us], from: [asia])
    let issued = try world.write(
      key: "topping", .value("olive"), to: asia, from: try world.layout.region(named: "us"))
    world.settle()
    #expect(world.result(of: issued) == .rejected(.unreachable))
    // The client waits for its retransmission timeout plus a round trip before giving up.
    #expect(world.history[issued.write]?.latency == .milliseconds(350))
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0.isEmpty })
  }

  @Test func aFollowerRefersWritesToItsLeader() throws {
    var world = try Simulation.make(followers: 1)
    let issued = try world.write(key: "topping", .value("olive"), to: try world.node("asia-f1"))
    world.settle()
    #expect(try world.result(of: issued) == .rejected(.notALeader(leader: world.node("asia"))))
  }
}
