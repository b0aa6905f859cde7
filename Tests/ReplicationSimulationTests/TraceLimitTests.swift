import ReplicationModel
import Testing

@testable import ReplicationSimulation

/// The trace keeps the newest events only, so a long session's memory stays bounded; indices stay
/// absolute, so "the events since this command began" still means the same events.
@Suite struct TraceLimitTests {
  /// A world with a few hundred events recorded, the trace limited to `limit` (or not).
  private func busyWorld(limit: Int?) throws -> Simulation {
    var world = try Simulation()
    if let limit { world.limitTrace(to: limit) }
    for index in 0..<40 {
      try world.write(key: "k\(index % 5)", .value("v\(index)"), to: NodeID(index % 2))
      world.runUntilQuiet()
    }
    return world
  }

  @Test func aLimitedTraceKeepsTheNewestEventsOfTheSameRun() throws {
    let whole = try busyWorld(limit: nil)
    let limited = try busyWorld(limit: 100)
    #expect(whole.trace.dropped == 0 && whole.trace.count > 300)
    #expect(limited.trace.count <= 100)
    #expect(limited.trace.dropped > 0)
    #expect(limited.trace.endIndex == whole.trace.endIndex, "indices count every event ever recorded")
    #expect(Array(limited.trace) == Array(whole.trace.suffix(limited.trace.count)))
    #expect(limited.nodes == whole.nodes, "dropping old events changes nothing else")
  }

  @Test func eventsSinceAnIndexAreTheSameEventsAfterOlderOnesAreDropped() throws {
    var world = try busyWorld(limit: 100)
    let marker = world.trace.endIndex
    let start = world.now
    try world.write(key: "late", .value("x"), to: NodeID(0))
    world.runUntilQuiet()
    let since = world.trace.events(since: marker)
    #expect(since.count == world.trace.endIndex - marker)
    #expect(since.allSatisfy { $0.time >= start })
    // An index from before the oldest kept event starts at the oldest kept one.
    #expect(world.trace.events(since: 0).count == world.trace.count)
    #expect(world.trace.events(since: world.trace.endIndex + 5).isEmpty)
  }
}
