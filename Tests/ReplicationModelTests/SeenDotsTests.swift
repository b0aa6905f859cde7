import ReplicationModel
import Testing

@Suite struct SeenDotsTests {
  @Test func inOrderDotsExtendTheContiguousVector() {
    var seen = SeenDots()
    let inserted = [(0, 1), (1, 1), (0, 2)].map { seen.insert(Dot(slot: $0, counter: $1)) }
    #expect(inserted == [true, true, true])
    #expect(seen.contiguous == VersionVector([2, 1]))
    #expect(seen.gaps.isEmpty)
  }

  @Test func anOvertakingDotWaitsInTheGapsUntilTheMissingOneArrives() {
    var seen = SeenDots()
    seen.insert(Dot(slot: 0, counter: 3))
    seen.insert(Dot(slot: 0, counter: 2))
    #expect(seen.contiguous == VersionVector())
    #expect(seen.gaps == [Dot(slot: 0, counter: 2), Dot(slot: 0, counter: 3)])
    #expect(seen.contains(Dot(slot: 0, counter: 3)))
    #expect(!seen.contains(Dot(slot: 0, counter: 1)))

    seen.insert(Dot(slot: 0, counter: 1))
    #expect(seen.contiguous == VersionVector([3]))
    #expect(seen.gaps.isEmpty)
  }

  @Test func aDotIsOnlyNewOnce() {
    var seen = SeenDots()
    let inserted = [2, 2, 1, 1, 2].map { seen.insert(Dot(slot: 1, counter: $0)) }
    #expect(inserted == [true, false, true, false, false])
    #expect(seen.contiguous == VersionVector([0, 2]))
  }

  @Test(arguments: [11, 12, 13] as [UInt64])
  func anyArrivalOrderEndsInTheSameSet(seed: UInt64) {
    var dots: [Dot] = []
    for slot in 0..<3 {
      for counter in 1...4 { dots.append(Dot(slot: slot, counter: UInt32(counter))) }
    }
    var rng = SplitMix64(seed: seed)
    dots.shuffle(using: &rng)
    var seen = SeenDots()
    for dot in dots + dots.prefix(5) { seen.insert(dot) }
    #expect(seen.contiguous == VersionVector([4, 4, 4]))
    #expect(seen.gaps.isEmpty)
  }
}
