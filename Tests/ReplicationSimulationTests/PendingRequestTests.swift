import ReplicationModel
import ReplicationSimulation
import Testing

/// Requests sent in any order, many at a time, are each answered once.
@Suite struct PendingRequestTests {
  @Test func requestsSentInReverseOrderAreAllAnswered() throws {
    var world = try Simulation.make()
    let leaders = world.layout.leaders
    var issued: [IssuedWrite] = []
    for index in 0..<300 {
      issued.append(
        try world.write(
          key: "k\(index % 7)", .value("v\(index)"), to: leaders[index % 2],
          at: .start + .milliseconds(Int64(600 - 2 * index))))
    }
    world.run(until: .start + .milliseconds(300))
    for index in 300..<400 {
      issued.append(
        try world.write(key: "k\(index % 7)", .value("v\(index)"), to: leaders[index % 2], at: world.now))
    }
    world.runUntilQuiet()
    for write in issued {
      #expect(world.history[write.write]?.result != nil, "no answer for \(write.write)")
      #expect(world.history[write.write]?.isAcknowledged == true)
    }
    #expect(world.report().converged)
  }
}
