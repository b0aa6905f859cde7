import ReplicationModel
import Testing

@Suite struct CRDTCounterTests {
  // MARK: - G-Counter

  @Test func gCounterMergeLawsHoldOverRandomHistories() {
    let states = RandomHistory.states(initial: GCounter()) { counter, replica, random in
      try counter.increment(by: Int.random(in: 1...5, using: &random), at: replica)
    }
    #expect(states.joined().count >= 1_000)
    MergeLaws.expectLaws(states, checks: 1_500, seed: 11)
  }

  @Test func everyIncrementCountsOnceWhateverTheMergeOrder() throws {
    // N replicas each increment k times; every merge order gives N·k.
    let increments = [3, 5, 2, 7]
    var replicas: [GCounter] = []
    for (index, count) in increments.enumerated() {
      var counter = GCounter()
      for _ in 0..<count { try counter.increment(at: CRDTFixtures.replica(index)) }
      replicas.append(counter)
    }
    let expected = UInt128(increments.reduce(0, +))
    for order in Fixtures.permutations(replicas) {
      let merged = try #require(CRDTFixtures.mergeAll(order))
      #expect(merged.value == expected)
      // Duplicated deliveries change nothing.
      #expect(try #require(CRDTFixtures.mergeAll(order + order)).value == expected)
    }
  }

  @Test func randomIncrementsAgreeWithASum() throws {
    var random = SplitMix64(seed: 7)
    var replicas = Array(repeating: GCounter(), count: 3)
    var total = 0
    for _ in 0..<500 {
      let index = Int.random(in: 0..<3, using: &random)
      let amount = Int.random(in: 1...100, using: &random)
      try replicas[index].increment(by: amount, at: CRDTFixtures.replica(index))
      total += amount
      if random.chance(0.3) { replicas[index].merge(replicas[Int.random(in: 0..<3, using: &random)]) }
    }
    #expect(try #require(CRDTFixtures.mergeAll(replicas.shuffled(using: &random))).value == UInt128(total))
  }

  @Test func gCounterRefusesDecreasesAndZero() {
    var counter = GCounter()
    #expect(throws: CRDTError.growOnlyCounterCannotDecrease(3)) {
      try counter.increment(by: -3, at: NodeID(0))
    }
    #expect(throws: CRDTError.growOnlyCounterCannotDecrease(Int.max)) {
      try counter.increment(by: Int.min, at: NodeID(0))
    }
    #expect(throws: CRDTError.amountNotPositive(0)) { try counter.increment(by: 0, at: NodeID(0)) }
    #expect(counter.value == 0)
  }

  @Test func gCounterRefusesToOverflowAndValueDoesNotOverflow() throws {
    var counter = GCounter()
    try counter.increment(by: Int.max, at: NodeID(0))
    try counter.increment(by: Int.max, at: NodeID(0))
    #expect(throws: CRDTError.counterOverflow(NodeID(0))) { try counter.increment(by: 2, at: NodeID(0)) }
    var other = GCounter()
    try other.increment(by: Int.max, at: NodeID(1))
    counter.merge(other)
    #expect(counter.value == UInt128(Int.max) * 3)
    #expect(counter.description == String(UInt128(Int.max) * 3))
  }

  // MARK: - PN-Counter

  @Test func pnCounterMergeLawsHoldOverRandomHistories() {
    let states = RandomHistory.states(initial: PNCounter()) { counter, replica, random in
      let amount = Int.random(in: 1...5, using: &random)
      if random.chance(0.5) {
        try counter.increment(by: amount, at: replica)
      } else {
        try counter.decrement(by: amount, at: replica)
      }
    }
    MergeLaws.expectLaws(states, checks: 1_500, seed: 12)
  }

  @Test func incrementsAndDecrementsAllCountInEveryMergeOrder() throws {
    let plan: [(up: Int, down: Int)] = [(4, 1), (0, 6), (3, 3), (2, 0)]
    var replicas: [PNCounter] = []
    for (index, step) in plan.enumerated() {
      var counter = PNCounter()
      for _ in 0..<step.up { try counter.increment(at: CRDTFixtures.replica(index)) }
      for _ in 0..<step.down { try counter.decrement(at: CRDTFixtures.replica(index)) }
      replicas.append(counter)
    }
    let expected = Int128(plan.reduce(0) { $0 + $1.up - $1.down })
    for order in Fixtures.permutations(replicas) {
      #expect(try #require(CRDTFixtures.mergeAll(order)).value == expected)
    }
    #expect(try #require(CRDTFixtures.mergeAll(replicas)).description == "-1")
  }

  @Test func pnCounterRefusesNonPositiveAmounts() {
    var counter = PNCounter()
    #expect(throws: CRDTError.amountNotPositive(0)) { try counter.increment(by: 0, at: NodeID(0)) }
    #expect(throws: CRDTError.amountNotPositive(-2)) { try counter.decrement(by: -2, at: NodeID(0)) }
    #expect(counter.value == 0)
  }
}
