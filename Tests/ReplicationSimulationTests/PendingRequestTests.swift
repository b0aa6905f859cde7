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

  @Test func requestsSentLongAfterLaterOnesAreAnsweredToo() throws {
    // w1…w50 are issued first but sent last, after w51…w350 have been sent and answered (so the
    // table has dropped the slots below them); each is still answered exactly once.
    var world = try Simulation.make()
    let leaders = world.layout.leaders
    var late: [IssuedWrite] = []
    for index in 0..<50 {
      late.append(
        try world.write(
          key: "late\(index)", .value("v\(index)"), to: leaders[index % 2],
          at: .start + .seconds(10) + .milliseconds(Int64(50 - index))))
    }
    var early: [IssuedWrite] = []
    for index in 0..<300 {
      early.append(
        try world.write(
          key: "k\(index % 5)", .value("v\(index)"), to: leaders[index % 2],
          at: .start + .milliseconds(Int64(5 * index))))
    }
    world.runUntilQuiet()
    for write in late + early {
      #expect(world.history[write.write]?.isAcknowledged == true, "no answer for \(write.write)")
    }
    #expect(world.report().converged)
  }
}
