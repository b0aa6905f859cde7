import ReplicationModel
import Testing

/// pgactive discards an UPDATE that reaches a node before the INSERT of its row.
///
/// aws/pgactive, docs/referenceguide.md, "INSERT/UPDATE conflicts": a third node may receive the
/// UPDATE from a second node before the INSERT from the first; the UPDATE finds no row and is
/// discarded, which "can lead to different data on different nodes". There is no causal ordering
/// across nodes (reference sheet, second-round correction 4).
@Suite struct PgactiveMissingRowTests {
  /// US inserts the row; Asia, having received it, updates it.
  private func insertAndUpdate() throws -> (layout: ClusterLayout, insert: Version, update: Version) {
    let layout = try Fixtures.layout(policy: .preset(.pgactive))
    let make = VersionFactory(layout: layout)
    let insert = make.make("margherita", write: 1, slot: 0, vector: [1, 0], at: 0)
    let update = make.make("margherita+olives", write: 2, slot: 1, vector: [1, 1], at: 100)
    return (layout, insert, update)
  }

  @Test func anUpdateBeforeItsInsertIsDiscardedAndTheInsertKept() throws {
    let (layout, insert, update) = try insertAndUpdate()
    var store = ReplicaStore()
    let first = store.apply(update, policy: .preset(.pgactive), layout: layout, replicated: true)
    #expect(first == .updateOfMissingRow(discarded: update.writeID))
    #expect(first.discarded == [update.writeID])
    #expect(store["topping"].held.isEmpty)
    // The update was received: a second copy is a duplicate, not a second chance.
    #expect(store.apply(update, policy: .preset(.pgactive), layout: layout, replicated: true) == .duplicate)
    #expect(store.apply(insert, policy: .preset(.pgactive), layout: layout, replicated: true) == .stored)
    #expect(store["topping"].held == [insert])

    // A replica that received them in order keeps the update: the replicas differ for good.
    var inOrder = ReplicaStore()
    _ = inOrder.apply(insert, policy: .preset(.pgactive), layout: layout, replicated: true)
    #expect(
      inOrder.apply(update, policy: .preset(.pgactive), layout: layout, replicated: true)
        == .replaced(previous: [insert.writeID]))
    #expect(inOrder["topping"].held == [update])
  }

  @Test func onlyPgactiveAndOnlyAReplicatedUpdateIsDiscarded() throws {
    let (layout, insert, update) = try insertAndUpdate()
    // Other policies wait for nothing either, but keep the update (it has seen the insert).
    for policy in [PolicyChoice.lastWriterWins, .preset(.cassandra), .siblings] {
      var store = ReplicaStore()
      #expect(store.apply(update, policy: policy, layout: layout, replicated: true) == .stored)
      #expect(
        store.apply(insert, policy: policy, layout: layout, replicated: true)
          == .obsolete(heldBy: update.writeID))
    }
    // A write its own leader applies is never discarded.
    var leader = ReplicaStore()
    #expect(leader.apply(update, policy: .preset(.pgactive), layout: layout) == .stored)
    // An INSERT (a write that follows no other write of the key) is applied where nothing is held.
    var empty = ReplicaStore()
    #expect(empty.apply(insert, policy: .preset(.pgactive), layout: layout, replicated: true) == .stored)
  }
}
