import ReplicationModel
import Testing

@Suite struct CRDTLWWMapTests {
  private let us = NodeID(0)
  private let asia = NodeID(1)

  @Test func lwwMapMergeLawsHold() {
    let states = RandomHistory.states(initial: LWWMap<String>()) { map, replica, random in
      let key = ["crust", "sauce", "cheese"][Int.random(in: 0..<3, using: &random)]
      let time = CRDTFixtures.time(Int64.random(in: 0..<6, using: &random))
      if random.chance(0.25) {
        map.remove(key, at: time, by: replica)
      } else {
        map.put(key, CRDTFixtures.element(using: &random), at: time, by: replica)
      }
    }
    MergeLaws.expectLaws(states, checks: 1_500, seed: 41)
  }

  @Test func eachKeyKeepsTheLargerStampAndTiesGoToTheLargerReplica() {
    var usCopy = LWWMap<String>()
    var asiaCopy = LWWMap<String>()
    usCopy.put("crust", "thin", at: CRDTFixtures.time(10), by: us)
    usCopy.put("sauce", "tomato", at: CRDTFixtures.time(10), by: us)
    asiaCopy.put("crust", "thick", at: CRDTFixtures.time(5), by: asia)
    asiaCopy.put("sauce", "pesto", at: CRDTFixtures.time(10), by: asia)
    asiaCopy.put("cheese", "feta", at: CRDTFixtures.time(1), by: asia)
    let merged = usCopy.merged(with: asiaCopy)
    #expect(merged == asiaCopy.merged(with: usCopy))
    #expect(merged.values == ["crust": "thin", "sauce": "pesto", "cheese": "feta"])
    #expect(merged.description == "{cheese: feta, crust: thin, sauce: pesto}")
  }

  @Test func aRemovalLeavesATombstoneThatAnOlderPutCannotUndo() {
    var usCopy = LWWMap<String>()
    usCopy.put("crust", "thin", at: CRDTFixtures.time(1), by: us)
    var asiaCopy = usCopy
    asiaCopy.remove("crust", at: CRDTFixtures.time(3), by: asia)
    var stale = LWWMap<String>()
    stale.put("crust", "thick", at: CRDTFixtures.time(2), by: us)
    let merged = usCopy.merged(with: asiaCopy).merged(with: stale)
    #expect(merged["crust"] == nil)
    #expect(merged.entries["crust"]?.value == nil)
    #expect(merged.entries["crust"] != nil)
    #expect(merged.description == "{}")
    // A later put brings the key back.
    var later = merged
    later.put("crust", "stuffed", at: CRDTFixtures.time(4), by: us)
    #expect(later.merged(with: merged)["crust"] == "stuffed")
  }

  @Test func atTheVerySameStampARemovalBeatsAPut() {
    var put = LWWMap<String>()
    put.put("crust", "thin", at: CRDTFixtures.time(1), by: us)
    var removal = LWWMap<String>()
    removal.remove("crust", at: CRDTFixtures.time(1), by: us)
    #expect(put.merged(with: removal)["crust"] == nil)
    #expect(removal.merged(with: put)["crust"] == nil)
  }

  @Test func aMapRetainsOnlyTheWritesWhoseEntriesStand() throws {
    var usCopy = CRDTValue(empty: .lwwMap)
    var asiaCopy = CRDTValue(empty: .lwwMap)
    let thin = CRDTOperation.put(key: "crust", value: "thin")
    let thick = CRDTOperation.put(key: "crust", value: "thick")
    let tomato = CRDTOperation.put(key: "sauce", value: "tomato")
    try usCopy.apply(thin, at: us, timestamp: CRDTFixtures.time(5))
    try usCopy.apply(tomato, at: us, timestamp: CRDTFixtures.time(6))
    try asiaCopy.apply(thick, at: asia, timestamp: CRDTFixtures.time(9))
    #expect(usCopy.retains(thin, by: us, at: CRDTFixtures.time(5)))
    try usCopy.merge(asiaCopy)
    // thick's larger stamp overwrote thin; the sauce entry is untouched.
    #expect(!usCopy.retains(thin, by: us, at: CRDTFixtures.time(5)))
    #expect(usCopy.retains(thick, by: asia, at: CRDTFixtures.time(9)))
    #expect(usCopy.retains(tomato, by: us, at: CRDTFixtures.time(6)))
    // The same value with another stamp is another write.
    #expect(!usCopy.retains(thick, by: us, at: CRDTFixtures.time(9)))
    try usCopy.apply(.remove("sauce"), at: asia, timestamp: CRDTFixtures.time(7))
    #expect(usCopy.retains(.remove("sauce"), by: asia, at: CRDTFixtures.time(7)))
    #expect(!usCopy.retains(tomato, by: us, at: CRDTFixtures.time(6)))
    // Other kinds keep an effect of every operation.
    var set = CRDTValue(empty: .orSet)
    try set.apply(.add("olive"), at: us, timestamp: CRDTFixtures.time(1))
    try set.apply(.remove("olive"), at: us, timestamp: CRDTFixtures.time(2))
    #expect(set.retains(.add("olive"), by: us, at: CRDTFixtures.time(1)))
  }
}
