import ReplicationModel
import Testing

@Suite struct LastWriterWinsTests {
  private let policy = LastWriterWins()

  @Test func theLargerTimestampWinsAConflictInEitherArrivalOrder() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("US edit", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("Asia edit", write: 2, slot: 1, vector: [0, 1], at: 60_000)

    let asiaArrives = policy.resolve(held: [us], incoming: asia, layout: layout)
    #expect(asiaArrives.held == [asia])
    #expect(
      asiaArrives.outcome
        == .conflict(
          ConflictSettlement(
            incoming: asia.writeID, rivals: [us.writeID],
            result: .winner(asia.writeID, discarded: [us.writeID], rule: .newerTimestamp))))

    let usArrives = policy.resolve(held: [asia], incoming: us, layout: layout)
    #expect(usArrives.held == [asia])
    #expect(usArrives.outcome.discarded == [us.writeID])
  }

  @Test func equalTimestampsGoToTheHigherPriorityRegion() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("us-pepperoni", write: 2, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("asia-olive", write: 1, slot: 1, vector: [0, 1], at: 0)
    let resolution = policy.resolve(held: [asia], incoming: us, layout: layout)
    #expect(resolution.held == [us])
    guard case .conflict(let settlement) = resolution.outcome else {
      Issue.record("expected a conflict, got \(resolution.outcome)")
      return
    }
    #expect(
      settlement.result == .winner(us.writeID, discarded: [asia.writeID], rule: .regionPriorityTieBreak))

    let asiaFirst = try Fixtures.layout(priority: ["asia", "us"])
    #expect(policy.resolve(held: [asia], incoming: us, layout: asiaFirst).held == [asia])
  }

  @Test func equalTimestampsInOneRegionGoToTheLaterWriteID() throws {
    // Two writes at the US leader within one clock tick: the later write id sorts last.
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let first = make.make("a", write: 1, slot: 0, vector: [1, 0], at: 0)
    let second = make.make("b", write: 2, slot: 0, vector: [2, 0], at: 0)
    let inOrder = policy.resolve(held: [first], incoming: second, layout: layout)
    #expect(inOrder.held == [second])
    #expect(inOrder.outcome == .replaced(previous: [first.writeID]))
    let reversed = policy.resolve(held: [second], incoming: first, layout: layout)
    #expect(reversed.held == [second])
    #expect(reversed.outcome == .obsolete(heldBy: second.writeID))
  }

  @Test func aCausallyLaterWriteWithALargerTimestampReplaces() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let first = make.make("US draft", write: 1, slot: 0, vector: [1, 0], at: 0)
    let second = make.make("Asia revision", write: 2, slot: 1, vector: [1, 1], at: 60_000)
    let resolution = policy.resolve(held: [first], incoming: second, layout: layout)
    #expect(resolution.held == [second])
    #expect(resolution.outcome == .replaced(previous: [first.writeID]))
    // The old write arriving late is obsolete.
    let late = policy.resolve(held: [second], incoming: first, layout: layout)
    #expect(late.held == [second])
    #expect(late.outcome == .obsolete(heldBy: second.writeID))
  }

  @Test func aSkewedClockMakesLWWKeepTheCauseAndDropTheEffect() throws {
    // Asia's clock runs two minutes fast: its write is stamped 12:02, and the US write that saw
    // it, made at 12:01, carries the smaller timestamp. LWW keeps Asia's, in either order.
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let cause = make.make("mushroom", write: 1, slot: 1, vector: [0, 1], at: 120_000)
    let effect = make.make("pepperoni", write: 2, slot: 0, vector: [1, 1], at: 60_000)
    let causeHeld = policy.resolve(held: [cause], incoming: effect, layout: layout)
    #expect(causeHeld.held == [cause])
    #expect(causeHeld.outcome == .causalityViolated(kept: cause.writeID, discarded: effect.writeID))
    let effectHeld = policy.resolve(held: [effect], incoming: cause, layout: layout)
    #expect(effectHeld.held == [cause])
    #expect(effectHeld.outcome == .causalityViolated(kept: cause.writeID, discarded: effect.writeID))
    #expect(effectHeld.outcome.discarded == [effect.writeID])
  }

  @Test func theSurvivorDoesNotDependOnArrivalOrder() throws {
    let layout = try Fixtures.layout(["us", "asia", "eu"])
    let make = VersionFactory(layout: layout)
    let versions = [
      make.make("a", write: 1, slot: 0, vector: [1, 0, 0], at: 0),
      make.make("b", write: 2, slot: 1, vector: [0, 1, 0], at: 30),
      make.make("c", write: 3, slot: 2, vector: [1, 0, 1], at: 10),
      make.make("d", write: 4, slot: 0, vector: [2, 1, 0], at: 20),
    ]
    let results = Set(
      Fixtures.permutations(versions).map {
        Fixtures.held(after: $0, policy: .lastWriterWins, layout: layout).map(\.writeID)
      })
    #expect(results == [[WriteID(2)]])
  }
}
