import ReplicationModel
import Testing

/// A write from a stale context that overtakes its leader's earlier write on the way to another
/// leader (the mechanism behind the soak run's lost writes, seed 1071389).
///
/// US takes `w1` (dot `(0:1)`, vector `[1]`), then `w2` from a client whose context is empty:
/// dot `(0:2)` kept apart from vector `[]`. Asia receives `w2` first and takes `w3` with no
/// context. Asia has seen `(0:2)` but not `(0:1)`, so `w3` must not claim `(0:1)`; when `w1`
/// arrives it is a conflict to keep, not an old write that `w3` replaced.
@Suite struct ReorderedStaleWriteTests {
  /// The policies that promise to lose no acknowledged write.
  static let policies: [PolicyChoice] = [
    .siblings, .manual, .merge(.union), .merge(.concatenate), .preset(.couchdb), .preset(.riak),
  ]

  /// Two leaders, US (slot 0) and Asia (slot 1), each with the effects of its last event.
  private struct Pair {
    var us: ReplicaNode
    var asia: ReplicaNode
    let layout: ClusterLayout

    init(policy: PolicyChoice) throws {
      layout = try Fixtures.layout(policy: policy)
      us = ReplicaNode(id: layout.leaders[0], layout: layout)
      asia = ReplicaNode(id: layout.leaders[1], layout: layout)
    }

    /// A client write at `node`; returns the accepted version and the message it sends on.
    static func write(
      _ id: Int, at node: inout ReplicaNode, context: VersionVector?
    ) -> (version: Version, message: ReplicationMessage)? {
      var effects: [NodeEffect] = []
      let request = ClientWrite(
        request: RequestID(id), write: WriteID(id), key: "topping", payload: .value("v\(id)"),
        context: context)
      node.handle(.clientWrite(request), at: .start, into: &effects)
      var version: Version?
      var message: ReplicationMessage?
      for effect in effects {
        switch effect {
        case .reply(let reply): if case .accepted(let accepted) = reply.result { version = accepted }
        case .send(let sent, _): message = sent
        default: break
        }
      }
      guard let version, let message else { return nil }
      return (version, message)
    }

    /// Delivers a message from `sender` to `node`.
    static func deliver(_ message: ReplicationMessage, from sender: NodeID, to node: inout ReplicaNode) {
      var effects: [NodeEffect] = []
      node.handle(.messageDelivered(message, from: sender), at: .start, into: &effects)
    }
  }

  @Test(arguments: policies)
  func theWriteTheStaleOneOvertookIsKept(policy: PolicyChoice) throws {
    var pair = try Pair(policy: policy)
    let first = try #require(Pair.write(1, at: &pair.us, context: nil))
    if policy.requiresCurrentRevision {
      // CouchDB refuses the stale update itself (409 Conflict: its context lacks w1's revision;
      // CouchDB docs, replication/conflicts, conflict avoidance), so it never travels.
      #expect(Pair.write(2, at: &pair.us, context: VersionVector()) == nil)
      return
    }
    let stale = try #require(Pair.write(2, at: &pair.us, context: VersionVector()))
    #expect(stale.version.dot == Dot(slot: 0, counter: 2))
    #expect(stale.version.vector == VersionVector())

    // Asia receives w2 before w1: it has seen (0:2) alone, which no vector can say.
    Pair.deliver(stale.message, from: pair.us.id, to: &pair.asia)
    #expect(pair.asia.store["topping"].knowledge == VersionVector())
    #expect(pair.asia.store["topping"].readContext == VersionVector())
    let asian = try #require(Pair.write(3, at: &pair.asia, context: nil))
    #expect(asian.version.vector == VersionVector([0, 1]), "w3 claims only what Asia knows")
    #expect(!first.version.isIncluded(in: asian.version.vector))

    Pair.deliver(first.message, from: pair.us.id, to: &pair.asia)
    Pair.deliver(asian.message, from: pair.asia.id, to: &pair.us)
    for node in [pair.us, pair.asia] {
      let kept = Set(node.store["topping"].held.flatMap(\.contributors))
      #expect(kept == [WriteID(1), WriteID(2), WriteID(3)], "\(node.id) keeps every write")
    }
    #expect(pair.us.store["topping"].held == pair.asia.store["topping"].held)
    #expect(pair.asia.store["topping"].knowledge == VersionVector([2, 1]))
  }

  @Test func aStaleDotCountsOnceTheWritesBeforeItAreKnown() throws {
    var pair = try Pair(policy: .siblings)
    let first = try #require(Pair.write(1, at: &pair.us, context: nil))
    let second = try #require(Pair.write(2, at: &pair.us, context: nil))
    let stale = try #require(Pair.write(3, at: &pair.us, context: VersionVector([1])))
    #expect(stale.version.vector == VersionVector([1]))
    // Asia gets w3 (beyond a gap), then w1: (0:2) is still missing, so (0:3) does not count.
    Pair.deliver(stale.message, from: pair.us.id, to: &pair.asia)
    Pair.deliver(first.message, from: pair.us.id, to: &pair.asia)
    #expect(pair.asia.store["topping"].knowledge == VersionVector([1]))
    // w2 fills the gap: Asia now knows (0:1), (0:2) and (0:3).
    Pair.deliver(second.message, from: pair.us.id, to: &pair.asia)
    #expect(pair.asia.store["topping"].knowledge == VersionVector([3]))
    #expect(pair.asia.store["topping"].readContext == VersionVector([3]))
    #expect(pair.asia.store["topping"].held.map(\.writeID) == [WriteID(2), WriteID(3)])
  }
}
