import ReplicationModel
import ReplicationSimulation
import Testing

/// What the convergence report calls kept, replaced and lost.
@Suite struct ConvergenceReportTests {
  @Test func aQuietHealthyClusterIsConvergedAndSettled() throws {
    var world = try Simulation.make(followers: 2)
    try world.write(key: "k", .value("v"), to: try world.node("us"))
    world.settle()
    let report = world.report()
    #expect(report.converged && report.isSettled)
    #expect(report.divergentKeys.isEmpty && report.lostWrites.isEmpty && report.unresolvedConflicts.isEmpty)
    #expect(report.acknowledgedWrites == 1)
  }

  @Test func replicationInFlightIsNotYetConverged() throws {
    var world = try Simulation.make()
    try world.write(key: "k", .value("v"), to: try world.node("us"))
    world.run(for: .milliseconds(10))
    let report = world.report()
    #expect(!report.converged)
    #expect(report.divergentKeys == ["k"])
    #expect(report.messagesInFlight == 1 && !report.isSettled)
  }

  @Test func aWriteReplacedThroughAReadElsewhereIsNotLost() throws {
    // The client reads the US value at US, then writes to Asia before the US value has got
    // there (a partition). Its context says it saw the US write, so that write was replaced,
    // not lost, even though Asia never held it.
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    let asia = try world.node("asia")
    world.partition([us], from: [asia])
    let original = try world.write(key: "cart", .value("milk"), to: us)
    world.run(for: .milliseconds(10))
    let read = try world.read("cart", at: us)
    let replacement = try world.write(
      key: "cart", .value("milk,eggs"), to: asia, from: try world.layout.region(named: "asia"),
      context: read.context)
    world.run(for: .milliseconds(10))
    #expect(world.history[replacement.write]?.replaces == [])
    #expect(world.history[replacement.write]?.context == read.context)
    world.heal()
    world.settle()
    #expect(world.valuesEverywhere("cart").values.allSatisfy { $0 == ["milk,eggs"] })
    let report = world.report()
    #expect(report.lostWrites.isEmpty, "\(report.lostWrites.map(\.write)) of \(original.write)")
    #expect(report.converged)
  }

  @Test func rejectedWritesAreNeitherAcknowledgedNorLost() throws {
    var world = try Simulation.make(followers: 1)
    try world.write(key: "k", .value("v"), to: try world.node("us-f1"))
    world.settle()
    let report = world.report()
    #expect(report.acknowledgedWrites == 0)
    #expect(report.lostWrites.isEmpty)
  }
}
