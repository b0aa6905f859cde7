import ReplicationModel
import Testing

@Suite struct MergeValuesTests {
  // MARK: - The merge functions

  @Test func unionKeepsEveryToppingOnceInOrder() {
    let merged = MergeFunction.union.merge([.value("pepperoni"), .value("mushroom")])
    #expect(merged == .value("mushroom,pepperoni"))
    #expect(
      MergeFunction.union.merge([.value("olive,pepperoni"), .value("pepperoni, mushroom")])
        == .value("mushroom,olive,pepperoni"))
  }

  @Test func concatenationJoinsAlphabeticallyWithASlash() {
    #expect(MergeFunction.concatenate.merge([.value("C"), .value("B")]) == .value("B/C"))
    #expect(MergeFunction.concatenate.separator == "/")
  }

  @Test func aDeletionAddsNothingAndOnlyDeletionsGiveADeletion() {
    #expect(MergeFunction.union.merge([.tombstone, .value("olive")]) == .value("olive"))
    #expect(MergeFunction.union.merge([.tombstone, .tombstone]) == .tombstone)
    #expect(MergeFunction.union.merge([]) == .tombstone)
  }

  @Test(arguments: MergeFunction.allCases)
  func mergingIsOrderFreeAndIdempotent(function: MergeFunction) {
    let payloads: [Payload] = [.value("b"), .value("a"), .tombstone, .value("c\(function.separator)a")]
    let results = Set(Fixtures.permutations(payloads).map { function.merge($0) })
    #expect(results.count == 1)
    let once = function.merge(payloads)
    #expect(function.merge([once, once]) == once)
    #expect(function.merge([once] + payloads) == once)
  }

  // MARK: - The policy

  @Test func concurrentOrdersBecomeOneMergedVersionHoldingBoth() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("pepperoni", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("mushroom", write: 2, slot: 1, vector: [0, 1], at: 5)
    let resolution = MergeValues(function: .union).resolve(held: [us], incoming: asia, layout: layout)
    let merged = try #require(resolution.held.first)
    #expect(resolution.held.count == 1)
    #expect(merged.payload == .value("mushroom,pepperoni"))
    #expect(merged.vector == VersionVector([1, 1]))
    #expect(merged.contributors == [us.writeID, asia.writeID])
    #expect(
      resolution.outcome
        == .conflict(
          ConflictSettlement(incoming: asia.writeID, rivals: [us.writeID], result: .merged(merged.payload))))
    #expect(resolution.outcome.discarded.isEmpty)
  }

  @Test func aWriteThatSawTheMergeReplacesIt() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let policy = MergeValues(function: .union)
    let us = make.make("pepperoni", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("mushroom", write: 2, slot: 1, vector: [0, 1], at: 5)
    let merged = policy.resolve(held: [us], incoming: asia, layout: layout).held
    let later = make.make("olive", write: 3, slot: 0, vector: [2, 1], at: 500)
    let resolution = policy.resolve(held: merged, incoming: later, layout: layout)
    #expect(resolution.held == [later])
    #expect(resolution.outcome == .replaced(previous: [us.writeID, asia.writeID]))
  }

  @Test(arguments: MergeFunction.allCases)
  func everyDeliveryOrderGivesTheSameValue(function: MergeFunction) throws {
    // a and b are concurrent; c replaced a (it saw a, not b). Wherever they arrive, in whatever
    // order, the live values are b and c: a was replaced and must not come back.
    let layout = try Fixtures.layout(["us", "asia", "eu"])
    let make = VersionFactory(layout: layout)
    let a = make.make("pepperoni", write: 1, slot: 0, vector: [1, 0, 0], at: 0)
    let b = make.make("olive", write: 2, slot: 1, vector: [0, 1, 0], at: 0)
    let c = make.make("mushroom", write: 3, slot: 0, vector: [2, 0, 0], at: 10)
    let d = make.make("ham", write: 4, slot: 2, vector: [1, 0, 1], at: 10)
    let expected = function.merge([b.payload, c.payload, d.payload])
    for order in Fixtures.permutations([a, b, c, d]) {
      let held = Fixtures.held(after: order, policy: .merge(function), layout: layout)
      #expect(held.map(\.payload) == [expected], "order \(order.map(\.writeID))")
      #expect(held.first?.vector == VersionVector([2, 1, 1]))
    }
  }
}
