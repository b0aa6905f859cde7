import ReplicationModel
import ReplicationSimulation
import Testing

/// Each conflict policy on a running cluster: what every replica ends up holding.
@Suite struct PolicyScenarioTests {
  @Test func unionKeepsBothConcurrentToppingsEverywhere() throws {
    var world = try Simulation.make(followers: 1, policy: .merge(.union))
    let fromUS = try world.write(key: "pizza", .value("pepperoni"), to: try world.node("us"))
    let fromAsia = try world.write(key: "pizza", .value("mushroom"), to: try world.node("asia"))
    world.settle()
    for node in world.layout.nodes { #expect(world.values("pizza", at: node.id) == ["mushroom,pepperoni"]) }
    #expect(world.report().lostWrites.isEmpty)

    // An order placed after seeing the merged pizza replaces it.
    let later = try world.write(key: "pizza", .value("olive"), to: try world.node("asia"))
    world.settle()
    for node in world.layout.nodes { #expect(world.values("pizza", at: node.id) == ["olive"]) }
    #expect(world.history[later.write]?.replaces == [fromUS.write, fromAsia.write])
    #expect(world.report().lostWrites.isEmpty && world.report().converged)
  }

  @Test func aToppingRemovedByALaterOrderStaysRemovedWhateverTheArrivalOrder() throws {
    // US orders pepperoni, then replaces it with ham before Asia's concurrent mushroom
    // arrives. Asia merges pepperoni with mushroom before ham arrives; EU, cut off from the US,
    // hears of both US orders only after the heal. Everywhere: ham and mushroom, no pepperoni.
    var world = try Simulation.make(regions: ["us", "asia", "eu"], policy: .merge(.union))
    let us = try world.node("us")
    world.partition([us], from: [try world.node("eu")])
    try world.write(key: "pizza", .value("pepperoni"), to: us)
    try world.write(key: "pizza", .value("mushroom"), to: try world.node("asia"))
    world.run(for: .milliseconds(30))
    try world.write(key: "pizza", .value("ham"), to: us)
    world.run(for: .seconds(1))
    world.heal()
    world.settle()
    #expect(
      world.valuesEverywhere("pizza").values.allSatisfy { $0 == ["ham,mushroom"] },
      "\(world.valuesEverywhere("pizza"))")
    #expect(world.report().converged)
  }

  @Test func concatenationJoinsConcurrentTitles() throws {
    var world = try Simulation.make(policy: .merge(.concatenate))
    try world.write(key: "title", .value("C"), to: try world.node("us"))
    try world.write(key: "title", .value("B"), to: try world.node("asia"))
    world.settle()
    #expect(world.valuesEverywhere("title").values.allSatisfy { $0 == ["B/C"] })
  }

  @Test func regionPriorityGivesTheUSTheConflictButNotTheLastWord() throws {
    var world = try Simulation.make(policy: .regionPriority)
    let us = try world.node("us")
    let asia = try world.node("asia")
    try world.write(key: "topping", .value("asia-olive"), to: asia)
    try world.write(key: "topping", .value("us-pepperoni"), to: us, at: .start + .milliseconds(10))
    world.settle()
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0 == ["us-pepperoni"] })
    #expect(world.report().lostWrites.map(\.payload) == [.value("asia-olive")])

    // Asia, having seen the US value, replaces it.
    try world.write(key: "topping", .value("asia-mushroom"), to: asia)
    world.settle()
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0 == ["asia-mushroom"] })
  }

  @Test func regionPriorityConvergesWhenALoserOutlivesTheWinner() throws {
    // US (a) and Asia (b) conflict; EU then replaces a without having seen b. The live writes
    // are b and EU's, and Asia outranks EU: every replica must end with b, whatever it saw first.
    var world = try Simulation.make(regions: ["us", "asia", "eu"], policy: .regionPriority)
    let us = try world.node("us")
    let asia = try world.node("asia")
    let eu = try world.node("eu")
    world.partition([asia], from: [eu])
    try world.write(key: "topping", .value("a"), to: us)
    try world.write(key: "topping", .value("b"), to: asia)
    world.run(for: .milliseconds(100))
    try world.write(key: "topping", .value("c"), to: eu)
    world.run(for: .seconds(1))
    world.heal()
    world.settle()
    #expect(
      world.valuesEverywhere("topping").values.allSatisfy { $0 == ["b"] },
      "\(world.valuesEverywhere("topping"))")
    #expect(world.report().converged)
  }

  @Test func lastWriterWinsKeepsTheLaterTimestampAndReportsTheLoser() throws {
    var world = try Simulation.make()
    let first = try world.write(key: "topping", .value("olive"), to: try world.node("asia"))
    try world.write(key: "topping", .value("ham"), to: try world.node("us"), at: .start + .milliseconds(20))
    world.settle()
    #expect(world.valuesEverywhere("topping").values.allSatisfy { $0 == ["ham"] })
    let lost = world.report().lostWrites
    #expect(lost.map(\.write) == [first.write])
    let discard = try #require(lost.first?.firstDiscard)
    // US wrote ham before olive reached it, so olive lost there first, when it arrived.
    #expect(discard.node == (try world.node("us")))
    #expect(discard.time == .start + .milliseconds(76))
    #expect(discard.keptInstead != first.write)
    guard case .conflict(let settlement) = discard.outcome else {
      Issue.record("expected a conflict, got \(discard.outcome)")
      return
    }
    #expect(settlement.discarded == [first.write])
  }
}
