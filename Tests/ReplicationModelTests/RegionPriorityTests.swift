import ReplicationModel
import Testing

@Suite struct RegionPriorityTests {
  private let policy = RegionPriority()

  @Test func theUSWinsAConflictEvenWithAnOlderTimestamp() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("us", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("asia", write: 2, slot: 1, vector: [0, 1], at: 60_000)
    for (held, incoming) in [(us, asia), (asia, us)] {
      let resolution = policy.resolve(held: [held], incoming: incoming, layout: layout)
      #expect(resolution.held.map(\.writeID) == [us.writeID])
      // The winner remembers the write it beat, so the contest can be replayed anywhere.
      #expect(resolution.held.first?.settledFrom == [us, asia])
      #expect(resolution.held.first?.contributors == [us.writeID])
      guard case .conflict(let settlement) = resolution.outcome else {
        Issue.record("expected a conflict, got \(resolution.outcome)")
        continue
      }
      #expect(settlement.result == .winner(us.writeID, discarded: [asia.writeID], rule: .regionPriority))
    }
  }

  @Test func theConfiguredOrderDecides() throws {
    let layout = try Fixtures.layout(priority: ["asia", "us"])
    #expect(layout.priorityOrder == ["asia", "us"])
    let make = VersionFactory(layout: layout)
    let us = make.make("us", write: 1, slot: 0, vector: [1, 0], at: 60_000)
    let asia = make.make("asia", write: 2, slot: 1, vector: [0, 1], at: 0)
    #expect(
      policy.resolve(held: [us], incoming: asia, layout: layout).held.map(\.payload) == [.value("asia")])
  }

  @Test func aLaterWriteFromALowerRegionStillReplaces() throws {
    // Priority settles conflicts only: Asia saw the US write, so its follow-up replaces it.
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("us", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("asia", write: 2, slot: 1, vector: [1, 1], at: 10)
    let resolution = policy.resolve(held: [us], incoming: asia, layout: layout)
    #expect(resolution.held == [asia])
    #expect(resolution.outcome == .replaced(previous: [us.writeID]))
    #expect(
      policy.resolve(held: [asia], incoming: us, layout: layout).outcome == .obsolete(heldBy: asia.writeID))
  }

  @Test func everyDeliveryOrderKeepsTheSameWinner() throws {
    // a (us) and b (asia) conflict; c (eu) saw a but not b. The live versions are b and c, and
    // asia outranks eu, so b must win wherever the writes arrive in whatever order.
    let layout = try Fixtures.layout(["us", "asia", "eu"])
    let make = VersionFactory(layout: layout)
    let a = make.make("a", write: 1, slot: 0, vector: [1, 0, 0], at: 0)
    let b = make.make("b", write: 2, slot: 1, vector: [0, 1, 0], at: 0)
    let c = make.make("c", write: 3, slot: 2, vector: [1, 0, 1], at: 10)
    for order in Fixtures.permutations([a, b, c]) {
      let held = Fixtures.held(after: order, policy: .regionPriority, layout: layout)
      #expect(held.map(\.payload) == [.value("b")], "order \(order.map(\.writeID))")
    }
  }
}
