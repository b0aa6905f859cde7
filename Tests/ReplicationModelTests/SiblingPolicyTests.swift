import ReplicationModel
import Testing

@Suite struct SiblingPolicyTests {
  @Test(arguments: [PolicyChoice.siblings, .manual, .quorum])
  func concurrentWritesAreAllKeptInWriteOrder(choice: PolicyChoice) throws {
    let layout = try Fixtures.layout(["us", "asia", "eu"])
    let make = VersionFactory(layout: layout)
    let a = make.make("a", write: 3, slot: 0, vector: [1, 0, 0], at: 0)
    let b = make.make("b", write: 1, slot: 1, vector: [0, 1, 0], at: 0)
    let c = make.make("c", write: 2, slot: 2, vector: [0, 0, 1], at: 0)
    let policy = choice.policy
    let two = policy.resolve(held: [a], incoming: b, layout: layout)
    #expect(two.held == [b, a])
    #expect(
      two.outcome
        == .conflict(
          ConflictSettlement(
            incoming: b.writeID, rivals: [a.writeID], result: .siblings([b.writeID, a.writeID]))))
    let three = policy.resolve(held: two.held, incoming: c, layout: layout)
    #expect(three.held == [b, c, a])
    #expect(three.outcome.discarded.isEmpty)
  }

  @Test func aWriteThatSawEverySiblingReplacesThemAll() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("us", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("asia", write: 2, slot: 1, vector: [0, 1], at: 0)
    let resolved = make.make("both", write: 3, slot: 1, vector: [1, 2], at: 100)
    let resolution = VersionVectorSiblings().resolve(held: [us, asia], incoming: resolved, layout: layout)
    #expect(resolution.held == [resolved])
    #expect(resolution.outcome == .replaced(previous: [us.writeID, asia.writeID]))
  }

  @Test func aWriteThatSawOneSiblingReplacesOnlyThatOne() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("us", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("asia", write: 2, slot: 1, vector: [0, 1], at: 0)
    let usAgain = make.make("us again", write: 3, slot: 0, vector: [2, 0], at: 100)
    let resolution = VersionVectorSiblings().resolve(held: [us, asia], incoming: usAgain, layout: layout)
    #expect(resolution.held == [asia, usAgain])
    guard case .conflict(let settlement) = resolution.outcome else {
      Issue.record("expected a conflict, got \(resolution.outcome)")
      return
    }
    #expect(settlement.rivals == [asia.writeID])
  }

  @Test func anOldVersionArrivingLateChangesNothing() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let old = make.make("old", write: 1, slot: 0, vector: [1, 0], at: 0)
    let new = make.make("new", write: 2, slot: 1, vector: [1, 1], at: 5)
    let resolution = VersionVectorSiblings().resolve(held: [new], incoming: old, layout: layout)
    #expect(resolution.held == [new])
    #expect(resolution.outcome == .obsolete(heldBy: new.writeID))
  }

  @Test func everyDeliveryOrderKeepsTheSameSiblings() throws {
    let layout = try Fixtures.layout(["us", "asia", "eu"])
    let make = VersionFactory(layout: layout)
    let versions = [
      make.make("a", write: 1, slot: 0, vector: [1, 0, 0], at: 0),
      make.make("b", write: 2, slot: 1, vector: [0, 1, 0], at: 0),
      make.make("c", write: 3, slot: 2, vector: [1, 0, 1], at: 0),
      make.make("d", write: 4, slot: 0, vector: [2, 1, 0], at: 0),
    ]
    for order in Fixtures.permutations(versions) {
      let held = Fixtures.held(after: order, policy: .siblings, layout: layout)
      #expect(held.map(\.writeID) == [WriteID(3), WriteID(4)], "order \(order.map(\.writeID))")
    }
  }

  @Test func aStoreIgnoresAVersionItHasReceivedBefore() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let version = make.make("a", write: 1, slot: 0, vector: [1, 0], at: 0)
    var store = ReplicaStore()
    #expect(store.apply(version, policy: .siblings, layout: layout) == .stored)
    #expect(store.apply(version, policy: .siblings, layout: layout) == .duplicate)
    #expect(store["topping"].held == [version])
    #expect(store["topping"].seen.contiguous == VersionVector([1]))
    #expect(store["other"].held.isEmpty)
  }
}

/// A leader holds every write it accepted for a key, so it knows when a client's context counts
/// more of its own writes than exist (Riak: a context comes from a read of the same key).
@Suite struct OwnWritesContextTests {
  @Test(arguments: [PolicyChoice.siblings, .lastWriterWins, .crdt(.gCounter)])
  func aLeaderRefusesAContextCountingOwnWritesItNeverAccepted(policy: PolicyChoice) throws {
    let layout = try Fixtures.layout(policy: policy)
    var us = ReplicaNode(id: layout.leaders[0], layout: layout)
    let payload: Payload = policy.crdtKind == nil ? .value("a") : .crdtOperation(.increment(1))
    let forged = ClientWrite(
      request: RequestID(1), write: WriteID(1), key: "k1", payload: payload, context: VersionVector([3, 0]))
    var effects: [NodeEffect] = []
    us.handle(.clientWrite(forged), at: .start, into: &effects)
    let replies = effects.compactMap { effect -> ClientReply? in
      if case .reply(let reply) = effect { return reply }
      return nil
    }
    #expect(replies.count == 1)
    guard case .rejected(let reason)? = replies.first?.result else {
      Issue.record("accepted a context counting 3 writes by us to k1, which has none: \(replies)")
      return
    }
    #expect("\(reason)".contains("context"))
    #expect(us.store["k1"].held.isEmpty)
  }
}
