import ReplicationModel
import ReplicationSimulation
import Testing

@Suite struct ClientLatencyTests {
  @Test func anAsiaClientOfASingleUSLeaderWaitsARoundTripAcrossThePacific() throws {
    var world = try Simulation.make(followers: 1, mode: .singleLeader(region: "us"))
    let asia = try world.layout.region(named: "asia")
    let issued = try world.write(key: "topping", .value("olive"), to: try world.node("us"), from: asia)
    world.settle()
    let latency = try #require(world.history[issued.write]?.latency)
    #expect(latency >= .milliseconds(150))
    #expect(latency == .milliseconds(150))
    // The Asia follower holds it once replication arrives.
    #expect(try world.values("topping", at: world.node("asia-f1")) == ["olive"])
  }

  @Test func inSingleLeaderModeTheAsiaNodeRefersWritesToTheUS() throws {
    var world = try Simulation.make(followers: 1, mode: .singleLeader(region: "us"))
    let issued = try world.write(key: "topping", .value("olive"), to: try world.node("asia-f1"))
    world.settle()
    #expect(try world.result(of: issued) == .rejected(.notALeader(leader: world.node("us"))))
    #expect(world.history[issued.write]?.latency == .milliseconds(2))
  }

  @Test(arguments: ["us", "asia"])
  func aMultiLeaderWriteIsAnsweredLocally(region: String) throws {
    var world = try Simulation.make(followers: 2)
    let issued = try world.write(key: "topping", .value("olive"), to: try world.node(region))
    world.settle()
    #expect(world.history[issued.write]?.latency == .milliseconds(2))
  }

  @Test func latencyFollowsTheConfiguredPairLatency() throws {
    var network = NetworkConditions()
    try network.setLatency(.milliseconds(40), between: RegionID(0), and: RegionID(2))  // us–eu
    var world = try Simulation.make(regions: ["us", "asia", "eu"], network: network)
    let eu = try world.layout.region(named: "eu")
    let toUS = try world.write(key: "k", .value("v"), to: try world.node("us"), from: eu)
    let toAsia = try world.write(key: "k2", .value("v"), to: try world.node("asia"), from: eu)
    world.settle()
    #expect(world.history[toUS.write]?.latency == .milliseconds(80))
    #expect(world.history[toAsia.write]?.latency == .milliseconds(150))
  }
}
