import ReplicationModel
import ReplicationSimulation
import Testing

/// A removal a merge undid: reported apart from lost writes, because no write was lost.
@Suite struct UndoneRemovalTests {
  /// The half-and-half scenario's end: the US takes the olive off while Asia, not having seen
  /// that, adds onion to "ham,olive"; a union merge brings the olive back (Dynamo, SOSP 2007:
  /// "deleted items can resurface").
  @Test func aUnionMergeThatBringsBackARemovedItemReportsTheRemovalUndone() throws {
    var world = try Simulation.make(policy: .merge(.union))
    let us = try world.node("us")
    _ = try world.write(key: "toppings", .value("ham,olive"), to: us)
    world.settle()
    let removal = try world.write(key: "toppings", .value("ham"), to: us, at: .start + .seconds(1))
    let onion = try world.write(
      key: "toppings", .value("ham,olive,onion"), to: try world.node("asia"), at: .start + .seconds(1))
    world.settle()
    let report = world.report()
    #expect(report.converged && report.lostWrites.isEmpty)
    #expect(
      report.undoneRemovals
        == [
          UndoneRemoval(
            key: "toppings", item: "olive", removedBy: removal.write, restoredBy: [onion.write], rule: "union"
          )
        ])
  }

  /// An OR-set's concurrent add wins over a remove (Shapiro et al., INRIA RR-7506, OR-Set).
  @Test func anORSetAddThatWinsOverAConcurrentRemoveReportsTheRemovalUndone() throws {
    var world = try Simulation.make()
    world.setPolicy(.crdt(.orSet), forKey: "tags")
    let us = try world.node("us")
    _ = try world.write(key: "tags", .crdtOperation(.add("veggie")), to: us)
    world.settle()
    let removal = try world.write(
      key: "tags", .crdtOperation(.remove("veggie")), to: us, at: .start + .seconds(1))
    let add = try world.write(
      key: "tags", .crdtOperation(.add("veggie")), to: try world.node("asia"), at: .start + .seconds(1))
    world.settle()
    #expect(
      world.report().undoneRemovals
        == [
          UndoneRemoval(
            key: "tags", item: "veggie", removedBy: removal.write, restoredBy: [add.write], rule: "add wins")
        ])
  }

  @Test func aRemovalThatStandsOrWasSeenIsNotReported() throws {
    // The same removal, but Asia's add of onion comes after it has seen the removal.
    var world = try Simulation.make(policy: .merge(.union))
    let us = try world.node("us")
    _ = try world.write(key: "toppings", .value("ham,olive"), to: us)
    world.settle()
    _ = try world.write(key: "toppings", .value("ham"), to: us, at: .start + .seconds(1))
    world.settle()
    _ = try world.write(
      key: "toppings", .value("ham,onion"), to: try world.node("asia"), at: .start + .seconds(2))
    world.settle()
    #expect(world.valuesEverywhere("toppings").values.allSatisfy { $0 == ["ham,onion"] })
    #expect(world.report().undoneRemovals.isEmpty)
    // A 2P-set keeps the removal: remove wins, nothing comes back.
    var twoPhase = try Simulation.make()
    twoPhase.setPolicy(.crdt(.twoPhaseSet), forKey: "tags")
    _ = try twoPhase.write(key: "tags", .crdtOperation(.add("veggie")), to: us)
    twoPhase.settle()
    _ = try twoPhase.write(key: "tags", .crdtOperation(.remove("veggie")), to: us, at: .start + .seconds(1))
    _ = try twoPhase.write(
      key: "tags", .crdtOperation(.add("veggie")), to: try twoPhase.node("asia"), at: .start + .seconds(1))
    twoPhase.settle()
    #expect(twoPhase.report().undoneRemovals.isEmpty)
  }
}
