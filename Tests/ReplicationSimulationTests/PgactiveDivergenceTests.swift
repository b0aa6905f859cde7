import ReplicationModel
import ReplicationSimulation
import Testing

/// pgactive's INSERT/UPDATE conflict in a whole run: the replicas end with different data.
///
/// aws/pgactive, docs/referenceguide.md, "INSERT/UPDATE conflicts": an UPDATE that reaches a node
/// before the INSERT of its row is discarded there, which "can lead to different data on
/// different nodes".
@Suite struct PgactiveDivergenceTests {
  /// US inserts the order; Asia updates it; the slow US–EU link lets the update reach the EU first.
  private func run(recording: Recording) throws -> Simulation {
    var network = NetworkConditions()
    let layout = try ClusterConfiguration(regions: ["us", "asia", "eu"], followersPerRegion: 0).layout()
    try network.setLatency(
      .milliseconds(300), between: try layout.region(named: "us"), and: try layout.region(named: "eu"))
    var world = try Simulation(
      configuration: ClusterConfiguration(
        regions: ["us", "asia", "eu"], followersPerRegion: 0, policy: .preset(.pgactive)),
      network: network, recording: recording)
    let us = try world.layout.node(named: "us")
    let asia = try world.layout.node(named: "asia")
    _ = try world.write(key: "order", .value("margherita"), to: us)
    world.run(for: .milliseconds(100))
    _ = try world.write(key: "order", .value("margherita+olives"), to: asia)
    world.settle()
    return world
  }

  @Test func theEUKeepsTheInsertWhileTheOthersKeepTheUpdate() throws {
    let world = try run(recording: .all)
    let held = try ["us", "asia", "eu"].map { name in
      world.nodes[try world.layout.node(named: name).index].store["order"].held.map(\.payload)
    }
    #expect(held == [[.value("margherita+olives")], [.value("margherita+olives")], [.value("margherita")]])
    let report = world.report()
    #expect(!report.converged && report.divergentKeys == ["order"])
    #expect(report.lostWrites.isEmpty, "every write is still held somewhere")
    #expect(world.discardedUpdatesOfMissingRows(of: "order"))
    let discards = world.history.missingRowDiscards
    #expect(discards.map(\.write) == [WriteID(2)])
    #expect(discards.map(\.node) == [try world.layout.node(named: "eu")])
  }

  @Test func aQuietRunDiscardsTheSameUpdate() throws {
    let traced = try run(recording: .all)
    let quiet = try run(recording: .none)
    #expect(quiet.nodes == traced.nodes)
  }

  // The exemption the convergence properties make for pgactive is used, and used only where a
  // replica discarded an UPDATE of a row it did not have: every other key still converges.
  @Test func randomRunsDivergeOnlyWhereAnUpdateWasDiscarded() throws {
    var diverged = 0
    for seed in UInt64(90_000)..<90_200 {
      let schedule = try RandomSchedule(seed: seed, policy: .preset(.pgactive))
      let world = try schedule.run()
      let report = world.report()
      for key in report.divergentKeys {
        #expect(world.discardedUpdatesOfMissingRows(of: key), "\(key) diverged\n\(schedule)")
      }
      if !report.converged { diverged += 1 }
    }
    #expect(diverged > 0, "no random run let an UPDATE overtake its INSERT")
  }
}
