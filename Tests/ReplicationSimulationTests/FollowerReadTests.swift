import ReplicationModel
import ReplicationSimulation
import Testing

@Suite struct FollowerReadTests {
  @Test func aLaggingFollowerServesTheOldValueUntilReplicationArrives() throws {
    var world = try Simulation.make(followers: 1)
    let us = try world.node("us")
    let asiaFollower = try world.node("asia-f1")
    try world.write(key: "topping", .value("pepperoni"), to: us)
    world.settle()
    let start = world.now
    try world.write(key: "topping", .value("mushroom"), to: us)

    // The write reaches US at +1 ms, Asia at +76 ms and Asia's follower at +77 ms.
    world.run(until: start + .milliseconds(50))
    #expect(
      try world.read("topping", at: try world.node("us-f1")).versions.map(\.payload) == [.value("mushroom")])
    #expect(try world.read("topping", at: asiaFollower).versions.map(\.payload) == [.value("pepperoni")])
    world.run(until: start + .milliseconds(76))
    #expect(
      try world.read("topping", at: try world.node("asia")).versions.map(\.payload) == [.value("mushroom")])
    #expect(try world.read("topping", at: asiaFollower).versions.map(\.payload) == [.value("pepperoni")])
    world.run(until: start + .milliseconds(77))
    #expect(try world.read("topping", at: asiaFollower).versions.map(\.payload) == [.value("mushroom")])
  }

  @Test func aFollowerThatHasHeardNothingReturnsNothing() throws {
    var world = try Simulation.make(followers: 1)
    try world.write(key: "topping", .value("pepperoni"), to: try world.node("us"))
    world.run(for: .milliseconds(10))
    let read = try world.read("topping", at: try world.node("asia-f1"))
    #expect(read.versions.isEmpty)
    #expect(read.context == VersionVector())
  }
}
