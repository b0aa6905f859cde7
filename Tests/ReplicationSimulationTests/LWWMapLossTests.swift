import ReplicationModel
import ReplicationSimulation
import Testing

/// An lww-map keeps one write per map key: the report counts a put that a larger stamp overwrote
/// without seeing it as lost, as it does for any last-writer-wins write, and nothing else.
@Suite struct LWWMapLossTests {
  private func world() throws -> Simulation {
    var world = try Simulation.make(regions: ["us", "asia"], followers: 1)
    world.setPolicy(.crdt(.lwwMap), forKey: "menu")
    return world
  }

  private func put(
    _ entry: String, _ value: String, at node: String, in world: inout Simulation, at time: SimTime
  )
    throws -> WriteID
  {
    try world.write(
      key: "menu", .crdtOperation(.put(key: entry, value: value)), to: try world.node(node), at: time
    )
    .write
  }

  @Test func concurrentPutsToOneEntryLoseTheSmallerStamp() throws {
    var world = try world()
    let smaller = try put("price", "10", at: "us", in: &world, at: .start)
    let larger = try put("price", "12", at: "asia", in: &world, at: .start + .milliseconds(10))
    world.settle()
    let report = world.report()
    #expect(report.converged)
    #expect(report.lostWrites.map(\.write) == [smaller])
    #expect(!report.lostWrites.map(\.write).contains(larger))
  }

  @Test func concurrentPutsToDifferentEntriesLoseNothing() throws {
    var world = try world()
    _ = try put("price", "10", at: "us", in: &world, at: .start)
    _ = try put("size", "L", at: "asia", in: &world, at: .start + .milliseconds(10))
    world.settle()
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func anOverwriteThatSawThePutReplacesIt() throws {
    var world = try world()
    _ = try put("price", "10", at: "us", in: &world, at: .start)
    world.settle()
    _ = try put("price", "11", at: "asia", in: &world, at: world.now + .milliseconds(1))
    world.settle()
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func aWriteThatSeesAnAlreadyDroppedPutDoesNotBringItBack() throws {
    var world = try world()
    let dropped = try put("price", "10", at: "us", in: &world, at: .start)
    _ = try put("price", "12", at: "asia", in: &world, at: .start + .milliseconds(10))
    world.settle()
    // This write has seen both, but the first was already thrown away by last-writer-wins.
    _ = try put("price", "11", at: "us", in: &world, at: world.now + .milliseconds(1))
    world.settle()
    #expect(world.report().lostWrites.map(\.write) == [dropped])
  }

  @Test func aRemovalOverwrittenByAConcurrentPutIsLostToo() throws {
    var world = try world()
    _ = try put("price", "10", at: "us", in: &world, at: .start)
    world.settle()
    let removal = try world.write(
      key: "menu", .crdtOperation(.remove("price")), to: try world.node("us"),
      at: world.now + .milliseconds(1)
    ).write
    _ = try put("price", "12", at: "asia", in: &world, at: world.now + .milliseconds(5))
    world.settle()
    #expect(world.report().lostWrites.map(\.write) == [removal])
  }
}
