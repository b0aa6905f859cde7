import ReplicationModel
import ReplicationSimulation
import Testing

/// Presets in whole runs: replication, refusals and reports.
@Suite struct PresetScenarioTests {
  // DynamoDB multi-Region strong consistency refuses a write that meets a concurrent write from
  // another Region (ReplicatedWriteConflictException) instead of letting both in.
  @Test func dynamoDBStrongRefusesAConcurrentWriteAndLosesNothing() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu"], policy: .preset(.dynamodbStrong))
    let fromAsia = try world.write(key: "stock", .value("4"), to: try world.node("asia"))
    let fromUS = try world.write(key: "stock", .value("5"), to: try world.node("us"))
    world.settle()
    let results = [world.result(of: fromAsia), world.result(of: fromUS)]
    #expect(results.allSatisfy { $0 != nil }, "both clients are answered")
    let refused = results.filter {
      if case .rejected(.quorumConflict) = $0 { return true }
      return false
    }
    #expect(!refused.isEmpty, "at least one is refused: \(results)")
    #expect(
      !world.trace.contains {
        if case .quorum(_, .queued) = $0.kind { return true }
        return false
      }, "no write waits for another")
    let report = world.report()
    #expect(report.converged && report.lostWrites.isEmpty)
  }

  @Test func plainQuorumLetsTheHigherPriorityWriteWaitInstead() throws {
    var world = try Simulation.make(regions: ["us", "asia", "eu"], policy: .quorum)
    _ = try world.write(key: "stock", .value("4"), to: try world.node("asia"))
    _ = try world.write(key: "stock", .value("5"), to: try world.node("us"))
    world.settle()
    #expect(
      world.trace.contains {
        if case .quorum(_, .queued) = $0.kind { return true }
        return false
      })
  }

  @Test func cassandraLosesTheCausallyLaterWriteWhenAClockRunsFast() throws {
    var world = try Simulation.make(policy: .preset(.cassandra))
    try world.setClock(NodeClock(skew: .seconds(120)), of: try world.node("asia"))
    let early = try world.write(key: "topping", .value("mushroom"), to: try world.node("asia"))
    world.settle()
    let late = try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"))
    world.settle()
    let report = world.report()
    #expect(report.converged)
    #expect(report.lostWrites.map(\.write) == [late.write])
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0 == ["mushroom"] })
    #expect(world.acceptedVersion(of: early) != nil)
  }

  @Test func couchDBKeepsBothRevisionsOnEveryReplica() throws {
    var world = try Simulation.make(policy: .preset(.couchdb))
    _ = try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"))
    _ = try world.write(key: "topping", .value("mushroom"), to: try world.node("asia"))
    world.settle()
    let report = world.report()
    #expect(report.converged && report.lostWrites.isEmpty)
    let winners = Set(
      world.layout.nodes.compactMap { node in
        RevisionWinner.winner(of: world.nodes[node.id.index].store["topping"].held)?.writeID
      })
    #expect(winners.count == 1, "every replica names the same winner")
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0.count == 2 })
  }

  // CouchDB docs, Document API, PUT /{db}/{docid}: updating an existing document without its
  // current _rev is refused with 409 Conflict; creating a new one needs no _rev.
  @Test func couchDBRefusesAnUpdateWithoutTheCurrentRevision() throws {
    var world = try Simulation.make(policy: .preset(.couchdb))
    let us = try world.node("us")
    let asia = try world.node("asia")
    let created = try world.write(key: "topping", .value("pepperoni"), to: us)
    world.settle()
    #expect(world.acceptedVersion(of: created) != nil)
    let blind = try world.write(key: "topping", .value("mushroom"), to: asia)
    world.settle()
    #expect(world.result(of: blind) == .rejected(.revisionConflict(current: created.write)))
    let read = try world.read("topping", at: asia)
    let informed = try world.write(key: "topping", .value("mushroom"), to: asia, context: read.context)
    world.settle()
    #expect(world.acceptedVersion(of: informed) != nil)
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0 == ["mushroom"] })
    // Once the document is deleted, writing it again is a new document: no _rev needed.
    let current = try world.read("topping", at: us)
    try world.write(key: "topping", .tombstone, to: us, context: current.context)
    world.settle()
    let recreated = try world.write(key: "topping", .value("olive"), to: asia)
    world.settle()
    #expect(world.acceptedVersion(of: recreated) != nil)
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0 == ["olive"] })
    #expect(world.report().lostWrites.isEmpty)
  }
}
