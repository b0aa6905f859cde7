import ReplicationModel
import ReplicationSimulation
import Testing

/// The source document's own examples, run on the model.
@Suite struct SourceDocumentExampleTests {
  private func makeWorld(policy: PolicyChoice = .lastWriterWins) throws -> Simulation {
    try Simulation(configuration: ClusterConfiguration(policy: policy))
  }

  private func values(_ world: Simulation, _ key: String) throws -> [[String]] {
    try world.layout.nodes.map { node in try world.read(key, at: node.id).versions.map(\.payload.description)
    }
  }

  @Test func laterUTCTimestampWinsEverywhere() throws {
    var world = try makeWorld()
    let us = try world.layout.node(named: "us")
    let asia = try world.layout.node(named: "asia")
    try world.write(key: "paragraph", .value("US edit"), to: us, at: .utc(hour: 12))
    try world.write(key: "paragraph", .value("Asia edit"), to: asia, at: .utc(hour: 12, minute: 1))
    let quiet = world.runUntilQuiet()
    #expect(quiet)
    let everywhere = try values(world, "paragraph")
    #expect(everywhere.allSatisfy { $0 == ["Asia edit"] }, "\(everywhere)")
    #expect(world.report().converged)
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func equalTimestampsGoToTheUS() throws {
    var world = try makeWorld()
    let us = try world.layout.node(named: "us")
    let asia = try world.layout.node(named: "asia")
    try world.write(key: "topping", .value("asia-olive"), to: asia, at: .utc(hour: 12))
    try world.write(key: "topping", .value("us-pepperoni"), to: us, at: .utc(hour: 12))
    let quiet = world.runUntilQuiet()
    #expect(quiet)
    let everywhere = try values(world, "topping")
    #expect(everywhere.allSatisfy { $0 == ["us-pepperoni"] }, "\(everywhere)")
    let report = world.report()
    #expect(report.converged)
    #expect(report.lostWrites.map(\.payload) == [.value("asia-olive")])
  }

  @Test func asiaClockTwoMinutesFastLosesTheLaterWrite() throws {
    var world = try makeWorld()
    let us = try world.layout.node(named: "us")
    let asia = try world.layout.node(named: "asia")
    try world.setClock(NodeClock(skew: .minutes(2)), of: asia)
    try world.write(key: "topping", .value("mushroom"), to: asia, at: .utc(hour: 12))
    try world.write(key: "topping", .value("pepperoni"), to: us, at: .utc(hour: 12, minute: 1))
    let quiet = world.runUntilQuiet()
    #expect(quiet)
    let everywhere = try values(world, "topping")
    #expect(everywhere.allSatisfy { $0 == ["mushroom"] }, "\(everywhere)")
    let report = world.report()
    #expect(report.converged)
    #expect(report.lostWrites.map(\.payload) == [.value("pepperoni")])
  }

  @Test func hybridClocksKeepTheLaterWriteDespiteSkew() throws {
    var world = try Simulation(configuration: ClusterConfiguration(timestampSource: .hybrid))
    let us = try world.layout.node(named: "us")
    let asia = try world.layout.node(named: "asia")
    try world.setClock(NodeClock(skew: .minutes(2)), of: asia)
    try world.write(key: "topping", .value("mushroom"), to: asia, at: .utc(hour: 12))
    try world.write(key: "topping", .value("pepperoni"), to: us, at: .utc(hour: 12, minute: 1))
    let quiet = world.runUntilQuiet()
    #expect(quiet)
    let everywhere = try values(world, "topping")
    #expect(everywhere.allSatisfy { $0 == ["pepperoni"] }, "\(everywhere)")
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func versionVectorsOrderAsiasFollowUp() throws {
    var world = try makeWorld(policy: .siblings)
    let us = try world.layout.node(named: "us")
    let asia = try world.layout.node(named: "asia")
    try world.write(key: "paragraph", .value("US draft"), to: us, at: .utc(hour: 12))
    world.run(until: .utc(hour: 12, minute: 1))
    // Asia revises what it read, so its write passes the read's context (Riak KV docs, "Causal
    // Context"): without it, the revision would be concurrent with the draft.
    let draft = try world.read("paragraph", at: asia)
    try world.write(key: "paragraph", .value("Asia revision"), to: asia, context: draft.context)
    let quiet = world.runUntilQuiet()
    #expect(quiet)
    for node in world.layout.nodes {
      let read = try world.read("paragraph", at: node.id)
      #expect(read.versions.map(\.payload) == [.value("Asia revision")])
      #expect(read.versions.first?.vector == VersionVector([1, 1]))
    }
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func quorumApprovesOnlyOneOfTwoConcurrentWrites() throws {
    var world = try makeWorld(policy: .quorum)
    let us = try world.layout.node(named: "us")
    let asia = try world.layout.node(named: "asia")
    let fromUS = try world.write(key: "balance", .value("100"), to: us, at: .utc(hour: 12))
    let fromAsia = try world.write(key: "balance", .value("200"), to: asia, at: .utc(hour: 12))
    let quiet = world.runUntilQuiet()
    #expect(quiet)
    let accepted = [fromUS, fromAsia].filter { world.history[$0.write]?.isAcknowledged == true }
    #expect(accepted == [fromUS])
    #expect(world.report().converged)
    let latency = try #require(world.history[fromUS.write]?.latency)
    #expect(latency >= .milliseconds(150))
  }
}
