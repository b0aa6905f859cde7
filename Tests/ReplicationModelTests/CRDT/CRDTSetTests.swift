import ReplicationModel
import Testing

@Suite struct CRDTSetTests {
  private let us = NodeID(0)
  private let asia = NodeID(1)

  // MARK: - G-Set

  @Test func gSetMergeLawsHoldAndMergeIsUnion() {
    let states = RandomHistory.states(initial: GSet<String>()) { set, _, random in
      set.add(CRDTFixtures.element(using: &random))
    }
    MergeLaws.expectLaws(states, checks: 1_500, seed: 21)
    for (a, b) in zip(states.joined(), states.joined().reversed()) {
      #expect(a.merged(with: b).elements == a.elements.union(b.elements))
    }
  }

  @Test func gSetRendersSorted() {
    var set = GSet<String>()
    set.add("pepperoni")
    set.add("mushroom")
    #expect(set.description == "{mushroom, pepperoni}")
    #expect(GSet<String>().description == "{}")
  }

  // MARK: - 2P-Set

  @Test func twoPhaseSetMergeLawsHold() {
    let states = RandomHistory.states(initial: TwoPhaseSet<String>()) { set, _, random in
      let element = CRDTFixtures.element(using: &random)
      if random.chance(0.3) { try set.remove(element) } else { try set.add(element) }
    }
    MergeLaws.expectLaws(states, checks: 1_500, seed: 22)
  }

  @Test func aRemovalBeatsAConcurrentAddInATwoPhaseSet() throws {
    var base = TwoPhaseSet<String>()
    try base.add("olive")
    var usCopy = base
    var asiaCopy = base
    try usCopy.add("olive")  // concurrent with asia's removal
    try asiaCopy.remove("olive")
    #expect(!usCopy.merged(with: asiaCopy).contains("olive"))
    #expect(!asiaCopy.merged(with: usCopy).contains("olive"))
  }

  @Test func twoPhaseSetRefusesRemovingTheUnknownAndAddingBack() throws {
    var set = TwoPhaseSet<String>()
    #expect(throws: CRDTError.removedWithoutAdd("olive")) { try set.remove("olive") }
    try set.add("olive")
    try set.remove("olive")
    #expect(throws: CRDTError.addAfterRemove("olive")) { try set.add("olive") }
    #expect(set.description == "{}")
    #expect(set.removed == ["olive"])
  }

  // MARK: - OR-Set

  @Test func orSetMergeLawsHold() {
    let states = RandomHistory.states(initial: ORSet<String>()) { set, replica, random in
      let element = CRDTFixtures.element(using: &random)
      if random.chance(0.4) { try set.remove(element) } else { try set.add(element, at: replica) }
    }
    MergeLaws.expectLaws(states, checks: 1_500, seed: 23)
  }

  @Test func anAddBeatsAConcurrentRemovalInAnORSet() throws {
    var base = ORSet<String>()
    try base.add("olive", at: us)
    var usCopy = base
    var asiaCopy = base
    try usCopy.add("olive", at: us)  // concurrent with asia's removal
    try asiaCopy.remove("olive")
    #expect(usCopy.merged(with: asiaCopy).contains("olive"))
    #expect(asiaCopy.merged(with: usCopy).contains("olive"))
  }

  @Test func anORSetRemovalRemovesOnlyTheAddsItObserved() throws {
    var usCopy = ORSet<String>()
    var asiaCopy = ORSet<String>()
    try usCopy.add("olive", at: us)
    try asiaCopy.add("olive", at: asia)  // asia's add is unknown to us
    try usCopy.remove("olive")
    let merged = usCopy.merged(with: asiaCopy)
    #expect(merged.contains("olive"))
    #expect(merged.tags["olive"] == [ReplicaDot(counter: 1, replica: asia)])
    // Once us has seen both adds, its removal takes the element out everywhere.
    var informed = merged
    try informed.remove("olive")
    #expect(!informed.merged(with: asiaCopy).contains("olive"))
    #expect(!asiaCopy.merged(with: informed).contains("olive"))
  }

  @Test func anORSetCanAddBackAfterRemoving() throws {
    var set = ORSet<String>()
    try set.add("olive", at: us)
    try set.remove("olive")
    try set.add("olive", at: us)
    #expect(set.description == "{olive}")
    #expect(throws: CRDTError.notPresent("pepper")) { try set.remove("pepper") }
  }

  @Test func setsAgreeWithTheirOraclesOverRandomConcurrentHistories() throws {
    // Adds and removes at two replicas that never talk until the end: the 2p-set keeps what
    // was added and removed nowhere; the or-set keeps what one side added and did not remove
    // after its own last add, or what the other side still holds.
    var random = SplitMix64(seed: 24)
    for _ in 0..<200 {
      var two = [TwoPhaseSet<String>(), TwoPhaseSet<String>()]
      var observed = [ORSet<String>(), ORSet<String>()]
      for _ in 0..<12 {
        let side = Int.random(in: 0..<2, using: &random)
        let element = CRDTFixtures.element(using: &random)
        if random.chance(0.4) {
          try? two[side].remove(element)
          try? observed[side].remove(element)
        } else {
          try? two[side].add(element)
          try observed[side].add(element, at: NodeID(side))
        }
      }
      let twoMerged = two[0].merged(with: two[1])
      #expect(
        twoMerged.elements
          == two[0].added.union(two[1].added).subtracting(two[0].removed.union(two[1].removed)))
      let orMerged = observed[0].merged(with: observed[1])
      #expect(orMerged.elements == observed[0].elements.union(observed[1].elements))
    }
  }
}
