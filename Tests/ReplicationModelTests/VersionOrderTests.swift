import ReplicationModel
import Testing

/// How versions compare when a write came from a stale context (its dot apart from its vector).
@Suite struct VersionOrderTests {
  private let layout: ClusterLayout
  private let make: VersionFactory

  init() throws {
    layout = try Fixtures.layout(policy: .siblings)
    make = VersionFactory(layout: layout)
  }

  /// A US write with the given context and its own dot `(0:counter)` kept apart.
  private func detached(_ value: String, write: Int, context: [UInt32], counter: UInt32) -> Version {
    Version(
      key: "topping", payload: .value(value), vector: VersionVector(context),
      dot: Dot(slot: 0, counter: counter),
      timestamp: Fixtures.time(0), origin: layout.leaders[0], writeID: WriteID(write))
  }

  @Test func aWriteFromAStaleContextIsConcurrentWithTheWriteItMissed() {
    // w1 (0:1), then w2 (0:2) saw it; w3 (0:3) was written from a read of w1 only.
    let first = make.make("milk", write: 1, slot: 0, vector: [1, 0], at: 0)
    let second = make.make("milk,eggs", write: 2, slot: 0, vector: [2, 0], at: 1)
    let stale = detached("milk,bread", write: 3, context: [1, 0], counter: 3)
    #expect(stale.order(relativeTo: second) == .concurrent)
    #expect(second.order(relativeTo: stale) == .concurrent)
    #expect(first.order(relativeTo: stale) == .before)
    #expect(stale.order(relativeTo: first) == .after)
    #expect(stale.order(relativeTo: stale) == .equal)
  }

  @Test func aContextIncludesAVersionOnlyWithItsDot() {
    let stale = detached("milk,bread", write: 3, context: [1, 0], counter: 3)
    #expect(stale.historyVector == VersionVector([1, 0]), "(0:3) does not continue [1,0]")
    #expect(!stale.isIncluded(in: VersionVector([2, 5])))
    #expect(stale.isIncluded(in: VersionVector([3, 0])))
    let plain = make.make("x", write: 4, slot: 1, vector: [1, 2], at: 0)
    #expect(plain.historyVector == plain.vector)
    #expect(plain.isIncluded(in: VersionVector([1, 2])))
    #expect(!plain.isIncluded(in: VersionVector([1, 1])))
  }

  @Test func aLaterWriteThatSawBothSiblingsReplacesThem() {
    let second = make.make("milk,eggs", write: 2, slot: 0, vector: [2, 0], at: 1)
    let stale = detached("milk,bread", write: 3, context: [1, 0], counter: 3)
    let merged = make.make("bread,eggs,milk", write: 4, slot: 1, vector: [3, 1], at: 2)
    #expect(second.order(relativeTo: merged) == .before)
    #expect(stale.order(relativeTo: merged) == .before)
    let resolution = VersionVectorSiblings().resolve(held: [second, stale], incoming: merged, layout: layout)
    #expect(resolution.held == [merged])
    #expect(resolution.outcome == .replaced(previous: [second.writeID, stale.writeID]))
  }

  @Test func aLeaderKeepsTheDotApartOnlyWhenTheContextMissedItsOwnWrites() {
    var node = ReplicaNode(id: layout.leaders[0], layout: layout)
    var effects: [NodeEffect] = []
    func write(_ id: Int, context: VersionVector?) -> Version? {
      effects = []
      let request = ClientWrite(
        request: RequestID(id), write: WriteID(id), key: "cart", payload: .value("v\(id)"), context: context)
      node.handle(.clientWrite(request), at: .start, into: &effects)
      for case .reply(let reply) in effects {
        if case .accepted(let version) = reply.result { return version }
      }
      return nil
    }
    let first = write(1, context: nil)
    let second = write(2, context: VersionVector([1]))
    let stale = write(3, context: VersionVector([1]))
    #expect(first?.vector == VersionVector([1]))
    #expect(second?.vector == VersionVector([2]))
    #expect(stale?.vector == VersionVector([1]))
    #expect(stale?.dot == Dot(slot: 0, counter: 3))
    #expect(node.store["cart"].held.map(\.writeID) == [WriteID(2), WriteID(3)])
    #expect(node.store["cart"].readContext == VersionVector([3]))
    #expect(node.store["cart"].knowledge == VersionVector([3]))
  }
}
