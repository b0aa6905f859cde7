import ReplicationModel
import Testing

/// Key numbers are hints for finding a key's state; a wrong one never mixes keys up.
@Suite struct KeyNumberTests {
  @Test func aKeyNumberGivenToTwoKeysKeepsThemApart() throws {
    let layout = try Fixtures.layout(policy: .lastWriterWins)
    var leader = ReplicaNode(id: layout.leaders[0], layout: layout)
    var follower = ReplicaNode(id: layout.leaders[1], layout: layout)
    leader.reporting = .none
    follower.reporting = .none
    var effects: [NodeEffect] = []
    for (id, key) in [(1, "a"), (2, "b"), (3, "a"), (4, "c")] {
      let request = ClientWrite(
        request: RequestID(id), write: WriteID(id), key: key, payload: .value("v\(id)"), keyNumber: 0)
      leader.handle(.clientWrite(request), at: .start + .milliseconds(Int64(id)), into: &effects)
    }
    for case .send(let message, _) in effects {
      follower.handle(.messageDelivered(message, from: leader.id), at: .start + .seconds(1), into: &effects)
    }
    for node in [leader, follower] {
      #expect(node.store["a"].held.map(\.payload) == [.value("v3")])
      #expect(node.store["b"].held.map(\.payload) == [.value("v2")])
      #expect(node.store["c"].held.map(\.payload) == [.value("v4")])
      #expect(node.store.keys.count == 3)
    }
    #expect(leader.store == follower.store)
  }

  @Test func theKeyNumberIsNotPartOfARequestsIdentity() {
    let plain = ClientWrite(request: RequestID(1), write: WriteID(1), key: "k", payload: .value("v"))
    let numbered = ClientWrite(
      request: RequestID(1), write: WriteID(1), key: "k", payload: .value("v"), keyNumber: 7)
    #expect(plain == numbered)
    #expect(plain.keyNumber == nil && numbered.keyNumber == 7)
  }
}
