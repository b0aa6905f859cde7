import ReplicationModel
import Testing

@Suite struct CRDTTextTests {
  private let us = NodeID(0)
  private let asia = NodeID(1)

  @Test func textMergeLawsHold() {
    let states = RandomHistory.states(initial: ReplicatedText(), steps: 250) { text, replica, random in
      if text.count > 0 && random.chance(0.3) {
        try text.erase(at: Int.random(in: 0..<text.count, using: &random))
      } else {
        let position = Int.random(in: 0...text.count, using: &random)
        try text.insert(
          ["a", "b", "cd", "xyz"][Int.random(in: 0..<4, using: &random)], at: position, by: replica)
      }
    }
    MergeLaws.expectLaws(states, checks: 500, seed: 51)
  }

  @Test func localEditsMatchAPlainCharacterArray() throws {
    var random = SplitMix64(seed: 52)
    var replica = TextOracle(replica: us)
    for _ in 0..<2_000 {
      if random.chance(0.25) {
        _ = try replica.eraseRandomly(using: &random, recordingIDs: false)
      } else {
        _ = try replica.insertRandomly(using: &random)
      }
    }
    #expect(replica.text.text == String(replica.expected))
    #expect(replica.text.count == replica.expected.count)
    #expect(replica.text.elementCount >= replica.expected.count)
  }

  @Test func concurrentInsertsAtOnePositionEndInTheSameOrderEverywhere() throws {
    var base = ReplicatedText()
    try base.insert("ac", at: 0, by: us)
    var replicas = Array(repeating: base, count: 3)
    for index in 0..<3 { try replicas[index].insert(Character("\(index)"), at: 1, by: NodeID(index)) }
    let orders = Fixtures.permutations(replicas)
    for order in orders {
      // Equal counters: the larger replica id comes first.
      #expect(CRDTFixtures.mergeAll(order)?.text == "a210c")
    }
  }

  @Test func concurrentWordsAtOnePositionDoNotInterleave() throws {
    var usCopy = ReplicatedText()
    try usCopy.insert("Hello", at: 0, by: us)
    var asiaCopy = usCopy
    try usCopy.insert(" world", at: 5, by: us)
    try asiaCopy.insert(" there", at: 5, by: asia)
    #expect(usCopy.merged(with: asiaCopy).text == "Hello there world")
    #expect(asiaCopy.merged(with: usCopy).text == "Hello there world")
  }

  @Test func twoRegionsEditTheSameParagraphAndBothEditsAppear() throws {
    // The source document's example: the US team edits a paragraph at 12:00 while the Asia
    // team edits the same paragraph at 12:01, each on its own leader.
    var usLeader = ReplicatedText()
    try usLeader.insert("Launch is on Monday.", at: 0, by: us)
    var asiaLeader = usLeader  // replicated before the edits
    try usLeader.erase(at: 13, count: 6)
    try usLeader.insert("Tuesday", at: 13, by: us)
    try asiaLeader.insert(" Bring the slides.", at: 20, by: asia)
    try asiaLeader.insert("Product ", at: 0, by: asia)
    #expect(usLeader.text == "Launch is on Tuesday.")
    #expect(asiaLeader.text == "Product Launch is on Monday. Bring the slides.")
    let atUS = usLeader.merged(with: asiaLeader)
    let atAsia = asiaLeader.merged(with: usLeader)
    #expect(atUS.text == "Product Launch is on Tuesday. Bring the slides.")
    #expect(atAsia == atUS)
    #expect(atAsia.description == atUS.description)
    // Nothing is lost by a duplicated or repeated delivery.
    #expect(atUS.merged(with: asiaLeader).merged(with: usLeader) == atUS)
  }

  @Test(arguments: [2, 3] as [Int])
  func randomConcurrentHistoriesConvergeAndLoseNothing(replicaCount: Int) throws {
    var random = SplitMix64(seed: 53 + UInt64(replicaCount))
    for _ in 0..<40 {
      var replicas = (0..<replicaCount).map { TextOracle(replica: NodeID($0)) }
      var inserted: [ReplicaDot] = []
      var erased: Set<ReplicaDot> = []
      var snapshots: [ReplicatedText] = []
      for _ in 0..<40 {
        let index = Int.random(in: 0..<replicaCount, using: &random)
        let roll = Int.random(in: 0..<10, using: &random)
        if roll < 6 {
          inserted += try replicas[index].insertRandomly(using: &random)
        } else if roll < 8 {
          erased.formUnion(try replicas[index].eraseRandomly(using: &random))
        } else {
          replicas[index].receive(replicas[Int.random(in: 0..<replicaCount, using: &random)].text)
        }
        #expect(replicas[index].text.text == String(replicas[index].expected))
        snapshots.append(replicas[index].text)
      }
      // Deliver every final state and a few stale ones, duplicated, in two random orders.
      let finals = replicas.map(\.text)
      let stale = (0..<4).map { _ in snapshots[Int.random(in: 0..<snapshots.count, using: &random)] }
      let deliveries = finals + finals + stale
      let first = try #require(CRDTFixtures.mergeAll(deliveries.shuffled(using: &random)))
      let second = try #require(CRDTFixtures.mergeAll(deliveries.shuffled(using: &random)))
      #expect(first == second)
      #expect(first.text == second.text)

      let elements = first.elements
      let ids = elements.map(\.id)
      #expect(ids.count == Set(ids).count, "every character present exactly once")
      #expect(Set(ids) == Set(inserted))
      #expect(Set(elements.filter(\.isErased).map(\.id)) == erased)
      #expect(first.count == inserted.count - erased.count)
      for snapshot in snapshots {
        #expect(TextOracle.isSubsequence(snapshot.elements.map(\.id), of: ids), "local order preserved")
      }
    }
  }

  @Test func largeConcurrentEditsMergeBothWaysToTheSameText() throws {
    var random = SplitMix64(seed: 54)
    var usCopy = ReplicatedText()
    var asiaCopy = ReplicatedText()
    var usExpected: [Character] = []
    var asiaExpected: [Character] = []
    for step in 0..<3_000 {
      let character = Character(Unicode.Scalar(UInt8(97 + step % 26)))
      let usPosition = Int.random(in: 0...usExpected.count, using: &random)
      try usCopy.insert(character, at: usPosition, by: us)
      usExpected.insert(character, at: usPosition)
      let asiaPosition = Int.random(in: 0...asiaExpected.count, using: &random)
      try asiaCopy.insert(character, at: asiaPosition, by: asia)
      asiaExpected.insert(character, at: asiaPosition)
    }
    #expect(usCopy.text == String(usExpected))
    #expect(asiaCopy.text == String(asiaExpected))
    let atUS = usCopy.merged(with: asiaCopy)
    let atAsia = asiaCopy.merged(with: usCopy)
    #expect(atUS == atAsia)
    #expect(atUS.count == 6_000)
    let merged = atUS.elements.map(\.id)
    #expect(TextOracle.isSubsequence(usCopy.elements.map(\.id), of: merged))
    #expect(TextOracle.isSubsequence(asiaCopy.elements.map(\.id), of: merged))
    // Local edits keep working on the merged state.
    var edited = atUS
    try edited.insert("!", at: 3_000, by: us)
    try edited.erase(at: 0, count: 10)
    #expect(edited.count == 5_991)
    #expect(Array(edited.text)[2_990] == "!")
  }

  @Test func badPositionsAreRefusedAndChangeNothing() throws {
    var text = ReplicatedText()
    try text.insert("abc", at: 0, by: us)
    #expect(throws: CRDTError.insertOutOfRange(position: 4, length: 3)) {
      try text.insert("x", at: 4, by: us)
    }
    #expect(throws: CRDTError.insertOutOfRange(position: -1, length: 3)) {
      try text.insert(Character("x"), at: -1, by: us)
    }
    #expect(throws: CRDTError.malformedValue("", reason: "there is nothing to insert")) {
      try text.insert("", at: 0, by: us)
    }
    #expect(throws: CRDTError.eraseOutOfRange(position: 2, count: 2, length: 3)) {
      try text.erase(at: 2, count: 2)
    }
    #expect(throws: CRDTError.eraseOutOfRange(position: 0, count: 0, length: 3)) {
      try text.erase(at: 0, count: 0)
    }
    #expect(throws: CRDTError.eraseOutOfRange(position: -1, count: 1, length: 3)) { try text.erase(at: -1) }
    #expect(throws: CRDTError.eraseOutOfRange(position: 1, count: Int.max, length: 3)) {
      try text.erase(at: 1, count: Int.max)
    }
    #expect(text.text == "abc")
    #expect(text.elementCount == 3)
  }

  @Test func erasedCharactersStayAsTombstones() throws {
    var text = ReplicatedText()
    try text.insert("abc", at: 0, by: us)
    try text.erase(at: 1)
    #expect(text.text == "ac")
    #expect(text.elementCount == 3)
    #expect(text.elements.map(\.isErased) == [false, true, false])
    #expect(text.elements[1].description == "'b' n0:2 after n0:1 (erased)")
    #expect(text.elements[0].description == "'a' n0:1 at start")
  }
}
