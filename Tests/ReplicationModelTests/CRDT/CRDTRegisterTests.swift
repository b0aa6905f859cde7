import ReplicationModel
import Testing

@Suite struct CRDTRegisterTests {
  private let us = NodeID(0)
  private let asia = NodeID(1)

  // MARK: - LWW-Register

  @Test func lwwRegisterMergeLawsHold() {
    let states = RandomHistory.states(initial: LWWRegister<String>()) { register, replica, random in
      // A narrow range of timestamps makes ties common.
      let time = CRDTFixtures.time(Int64.random(in: 0..<8, using: &random))
      register.assign(CRDTFixtures.element(using: &random), at: time, by: replica)
    }
    MergeLaws.expectLaws(states, checks: 1_500, seed: 31)
  }

  @Test func theLargerTimestampWinsWhateverTheOrder() {
    var usCopy = LWWRegister<String>()
    var asiaCopy = LWWRegister<String>()
    usCopy.assign("pepperoni", at: CRDTFixtures.time(0), by: us)
    asiaCopy.assign("mushroom", at: CRDTFixtures.time(60_000), by: asia)
    #expect(usCopy.merged(with: asiaCopy).value == "mushroom")
    #expect(asiaCopy.merged(with: usCopy).value == "mushroom")
    // An older write arriving later loses.
    var late = asiaCopy
    late.assign("olive", at: CRDTFixtures.time(1), by: us)
    #expect(late.value == "mushroom")
  }

  @Test func aTimestampTieGoesToTheLargerReplicaId() {
    var usCopy = LWWRegister<String>()
    var asiaCopy = LWWRegister<String>()
    usCopy.assign("zucchini", at: CRDTFixtures.time(5), by: us)
    asiaCopy.assign("anchovy", at: CRDTFixtures.time(5), by: asia)
    #expect(usCopy.merged(with: asiaCopy).value == "anchovy")
    #expect(asiaCopy.merged(with: usCopy).stamp == LWWStamp(timestamp: CRDTFixtures.time(5), replica: asia))
    #expect(LWWRegister<String>().description == "(empty)")
  }

  // MARK: - MV-Register

  @Test func mvRegisterMergeLawsHold() {
    let states = RandomHistory.states(initial: MVRegister<String>()) { register, replica, random in
      try register.assign(CRDTFixtures.element(using: &random), at: replica)
    }
    MergeLaws.expectLaws(states, checks: 1_500, seed: 32)
  }

  @Test func concurrentWritesAreBothKeptAndALaterWriteReplacesBoth() throws {
    var usCopy = MVRegister<String>()
    var asiaCopy = MVRegister<String>()
    try usCopy.assign("pepperoni", at: us)
    try asiaCopy.assign("mushroom", at: asia)
    let merged = usCopy.merged(with: asiaCopy)
    #expect(merged.values == ["mushroom", "pepperoni"])
    #expect(asiaCopy.merged(with: usCopy) == merged)
    #expect(merged.description == "{mushroom, pepperoni}")
    var resolved = merged
    try resolved.assign("olive", at: asia)
    #expect(resolved.values == ["olive"])
    // Every replica that hears of the resolution drops both siblings.
    #expect(usCopy.merged(with: resolved).values == ["olive"])
    #expect(merged.merged(with: resolved).values == ["olive"])
  }

  @Test func aWriteThatSawAnotherReplacesIt() throws {
    var usCopy = MVRegister<String>()
    try usCopy.assign("pepperoni", at: us)
    var asiaCopy = usCopy
    try asiaCopy.assign("mushroom", at: asia)
    #expect(usCopy.merged(with: asiaCopy).values == ["mushroom"])
    #expect(asiaCopy.merged(with: usCopy).values == ["mushroom"])
  }

  @Test func mvRegisterKeepsExactlyTheUnseenWritesOverRandomHistories() {
    // Oracle: after merging everything, the register keeps one value per replica whose last
    // write no other replica's later write had seen; with replicas that never talk, that is
    // each replica's last write.
    var random = SplitMix64(seed: 33)
    for _ in 0..<200 {
      var replicas = Array(repeating: MVRegister<String>(), count: 3)
      var last: [Int: String] = [:]
      for _ in 0..<8 {
        let index = Int.random(in: 0..<3, using: &random)
        let value = CRDTFixtures.element(using: &random) + "\(index)"
        try? replicas[index].assign(value, at: NodeID(index))
        last[index] = value
      }
      let merged = CRDTFixtures.mergeAll(replicas.shuffled(using: &random))
      #expect(merged?.values == last.values.sorted())
    }
  }
}
