import ReplicationModel
import Testing

/// The effect buffer keeps order and value semantics, and a reused request never changes a copy.
@Suite struct NodeEffectsTests {
  private func timer(_ number: Int) -> NodeEffect {
    .startTimer(.quorumDeadline(WriteID(number)), after: .milliseconds(Int64(number)))
  }

  @Test func effectsComeOutInTheOrderTheyWentInWhileTheBufferGrowsAndIsReused() {
    var effects = NodeEffects()
    var taken: [NodeEffect] = []
    var next = 1
    // Rounds of appends and partial takes: the buffer fills past its first capacity, moves the
    // pending effects to the front and grows, and is emptied and reused.
    for round in 0..<6 {
      for _ in 0..<(5 + round * 7) {
        effects.append(timer(next))
        next += 1
      }
      for _ in 0..<(round * 5) { taken.append(effects.takeNext()!) }
    }
    while let effect = effects.takeNext() { taken.append(effect) }
    #expect(taken == (1..<next).map(timer))
    #expect(effects.isEmpty && effects.count == 0)
    effects.append(timer(0))
    #expect(effects.pending == [timer(0)])
  }

  @Test func copiesAreIndependent() {
    var original = NodeEffects()
    for number in 1...3 { original.append(timer(number)) }
    var copy = original
    let first = copy.takeNext()
    #expect(first == timer(1))
    copy.append(timer(9))
    #expect(original.pending == [timer(1), timer(2), timer(3)])
    #expect(copy.pending == [timer(2), timer(3), timer(9)])
    original.append(timer(4))
    #expect(copy.count == 3 && original.count == 4)
  }

  @Test func theArrayFormGivesTheSameEffectsAsTheBuffer() throws {
    let layout = try Fixtures.layout(policy: .lastWriterWins)
    var first = ReplicaNode(id: layout.leaders[0], layout: layout)
    var second = first
    let request = ClientWrite(request: RequestID(1), write: WriteID(1), key: "k", payload: .value("v"))
    var array: [NodeEffect] = []
    first.handle(.clientWrite(request), at: .start, into: &array)
    var buffer = NodeEffects()
    second.handle(.clientWrite(request), at: .start, into: &buffer)
    #expect(!array.isEmpty)
    #expect(buffer.pending == array)
    #expect(first == second)
  }

  @Test func aReusedRequestLeavesEveryOtherCopyAsItWas() {
    let original = ClientWrite(
      request: RequestID(1), write: WriteID(1), key: "k", payload: .value("v"), keyNumber: 3)
    let kept = original
    let reused = original.reused(
      for: RequestID(2), write: WriteID(2), key: "other", payload: .tombstone, context: VersionVector([1]),
      keyNumber: 5)
    #expect(kept.request == RequestID(1) && kept.key == "k" && kept.payload == .value("v"))
    #expect(kept.keyNumber == 3 && kept.context == nil)
    let expected = ClientWrite(
      request: RequestID(2), write: WriteID(2), key: "other", payload: .tombstone, context: VersionVector([1])
    )
    #expect(reused == expected && reused.keyNumber == 5)
  }

  @Test func aRequestNothingElseHoldsIsMadeAnewWithTheGivenFields() {
    var request = ClientWrite(request: RequestID(1), write: WriteID(1), key: "k", payload: .value("v"))
    for number in 2...4 {
      request = request.reused(
        for: RequestID(number), write: WriteID(number), key: "k\(number)", payload: .value("v\(number)"),
        context: nil, keyNumber: -7)
      #expect(request.request == RequestID(number) && request.write == WriteID(number))
      #expect(request.key == "k\(number)" && request.payload == .value("v\(number)"))
      #expect(request.keyNumber == nil)
    }
  }
}
