import ReplicationModel
import Testing

@Suite struct VersionVectorTests {
  // MARK: - Meaning

  @Test func writesThatSawNothingOfEachOtherAreConcurrent() {
    #expect(VersionVector([1, 0]).compare(to: VersionVector([0, 1])) == .concurrent)
    #expect(VersionVector([0, 1]).compare(to: VersionVector([1, 0])) == .concurrent)
    #expect(VersionVector([2, 0]).compare(to: VersionVector([1, 1])) == .concurrent)
  }

  @Test func aWriteThatSawAnotherComesAfterIt() {
    #expect(VersionVector([1, 0]).compare(to: VersionVector([1, 1])) == .before)
    #expect(VersionVector([1, 1]).compare(to: VersionVector([1, 0])) == .after)
    #expect(VersionVector([1, 0]).isIncluded(in: VersionVector([1, 1])))
    #expect(!VersionVector([1, 1]).isIncluded(in: VersionVector([1, 0])))
  }

  @Test func missingEntriesCountAsZero() {
    #expect(VersionVector([1, 0, 0]) == VersionVector([1]))
    #expect(VersionVector([]).compare(to: VersionVector([0, 0])) == .equal)
    #expect(VersionVector([1]).compare(to: VersionVector([1, 0, 2])) == .before)
    #expect(VersionVector([1])[5] == 0)
    #expect(VersionVector([1, 0]).counters == [1])
  }

  @Test func joinTakesTheLargerCounterOfEachLeader() {
    #expect(VersionVector([2, 0]).joined(with: VersionVector([1, 3, 1])) == VersionVector([2, 3, 1]))
    var vector = VersionVector([1])
    vector.join(VersionVector([0, 0, 4]))
    #expect(vector.counters == [1, 0, 4])
  }

  @Test func settingCountersGrowsAndTrimsTheVector() {
    var vector = VersionVector()
    vector.set(2, to: 0)
    #expect(vector.counters.isEmpty)
    vector.set(2, to: 5)
    #expect(vector.counters == [0, 0, 5])
    vector.set(2, to: 0)
    #expect(vector.counters.isEmpty)
  }

  @Test func containsAsksWhetherAWriteWasSeen() {
    let vector = VersionVector([2, 0])
    #expect(vector.contains(Dot(slot: 0, counter: 1)))
    #expect(vector.contains(Dot(slot: 0, counter: 2)))
    #expect(!vector.contains(Dot(slot: 0, counter: 3)))
    #expect(!vector.contains(Dot(slot: 1, counter: 1)))
  }

  @Test func textPadsToTheNumberOfLeaders() {
    #expect(VersionVector([1]).text(width: 3) == "[1,0,0]")
    #expect(VersionVector().text(width: 2) == "[0,0]")
    #expect(VersionVector([1, 1]).description == "[1,1]")
    #expect(Dot(slot: 1, counter: 4).description == "(1:4)")
  }

  // MARK: - Laws over random vectors

  private static func randomVectors(seed: UInt64, count: Int) -> [VersionVector] {
    var rng = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      let width = Int(rng.next() % 5)
      return VersionVector((0..<width).map { _ in UInt32(rng.next() % 4) })
    }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func joinIsCommutativeAssociativeAndIdempotent(seed: UInt64) {
    let vectors = Self.randomVectors(seed: seed, count: 24)
    for a in vectors {
      #expect(a.joined(with: a) == a)
      for b in vectors {
        #expect(a.joined(with: b) == b.joined(with: a), "\(a) ⊔ \(b)")
        #expect(a.isIncluded(in: a.joined(with: b)), "\(a) ≤ \(a) ⊔ \(b)")
        for c in vectors.prefix(8) {
          #expect(a.joined(with: b).joined(with: c) == a.joined(with: b.joined(with: c)))
        }
      }
    }
  }

  @Test(arguments: [5, 6, 7, 8] as [UInt64])
  func compareIsAntisymmetricAndAgreesWithJoin(seed: UInt64) {
    let vectors = Self.randomVectors(seed: seed, count: 24)
    for a in vectors {
      #expect(a.compare(to: a) == .equal)
      for b in vectors {
        let forward = a.compare(to: b)
        let backward = b.compare(to: a)
        switch forward {
        case .equal: #expect(backward == .equal && a == b, "\(a) vs \(b)")
        case .before: #expect(backward == .after, "\(a) vs \(b)")
        case .after: #expect(backward == .before, "\(a) vs \(b)")
        case .concurrent: #expect(backward == .concurrent, "\(a) vs \(b)")
        }
        // a ≤ b exactly when joining b changes nothing.
        #expect(a.isIncluded(in: b) == (a.joined(with: b) == b), "\(a) vs \(b)")
      }
    }
  }

  @Test(arguments: [9, 10] as [UInt64])
  func inclusionIsTransitive(seed: UInt64) {
    let vectors = Self.randomVectors(seed: seed, count: 20)
    for a in vectors {
      for b in vectors where a.isIncluded(in: b) {
        for c in vectors where b.isIncluded(in: c) {
          #expect(a.isIncluded(in: c), "\(a) ≤ \(b) ≤ \(c)")
        }
      }
    }
  }
}
