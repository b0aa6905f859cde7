import ReplicationModel
import ReplicationSimulation
import Testing

/// Keys that hold CRDTs, replicated through the model's network: merged, never picked.
@Suite struct CRDTKeyTests {
  private func world(_ kind: CRDTKind, regions: [String] = ["us", "asia"], followers: Int = 1) throws
    -> Simulation
  {
    var world = try Simulation.make(regions: regions, followers: followers)
    world.setPolicy(.crdt(kind), forKey: "k")
    return world
  }

  private func values(_ world: Simulation) -> Set<String> {
    Set(
      world.layout.nodes.map { node in
        world.nodes[node.id.index].store["k"].held.map(\.payload.description).joined(separator: "|")
      })
  }

  @Test func everyConcurrentIncrementCounts() throws {
    // Three leaders each count 4 times at the same instant, while cut off from each other.
    var world = try world(.gCounter, regions: ["us", "asia", "eu"])
    let leaders = world.layout.leaders
    for (index, leader) in leaders.enumerated() {
      world.partition([leader], from: leaders.filter { $0 != leader })
      _ = index
    }
    for leader in leaders {
      for _ in 0..<4 { _ = try world.write(key: "k", .crdtOperation(.increment(1)), to: leader) }
    }
    world.settle()
    world.heal()
    world.settle()
    #expect(values(world) == ["12"])
    let report = world.report()
    #expect(report.converged && report.lostWrites.isEmpty && report.acknowledgedWrites == 12)
  }

  @Test func anAddConcurrentWithItsRemovalStaysInAnORSetAndGoesInA2PSet() throws {
    for (kind, expected) in [(CRDTKind.orSet, "{olive}"), (.twoPhaseSet, "{}")] {
      var world = try world(kind)
      _ = try world.write(key: "k", .crdtOperation(.add("olive")), to: try world.node("us"))
      world.settle()
      // Asia removes the olive it has seen while the US adds it again, concurrently.
      _ = try world.write(
        key: "k", .crdtOperation(.remove("olive")), to: try world.node("asia"), at: .start + .seconds(1))
      _ = try world.write(
        key: "k", .crdtOperation(.add("olive")), to: try world.node("us"), at: .start + .seconds(1))
      world.settle()
      #expect(values(world) == [expected], "\(kind)")
      #expect(world.report().converged)
    }
  }

  @Test(arguments: [CRDTKind.orSet, .pnCounter])
  func aConflictNamesOnlyTheWritesTheArrivingOneHadNotSeen(kind: CRDTKind) throws {
    // Issue 19: US removes (w2) while Asia adds twice (w3, then w4 built on w3). When w4 reaches
    // the US, the US holds w2 and w3 merged; w4 had seen w3, so its only rival is w2.
    var world = try world(kind)
    let us = try world.node("us")
    let asia = try world.node("asia")
    let first: CRDTOperation = kind == .orSet ? .add("veggie") : .increment(1)
    let removal: CRDTOperation = kind == .orSet ? .remove("veggie") : .decrement(1)
    let second: CRDTOperation = kind == .orSet ? .add("spicy") : .increment(2)
    _ = try world.write(key: "k", .crdtOperation(first), to: us)
    world.settle()
    let w2 = try world.write(key: "k", .crdtOperation(removal), to: us, at: .start + .seconds(1))
    let w3 = try world.write(key: "k", .crdtOperation(first), to: asia, at: .start + .seconds(1))
    let w4 = try world.write(key: "k", .crdtOperation(second), to: asia, at: .start + .seconds(1))
    world.settle()
    var rivals: [WriteID: [WriteID]] = [:]
    for event in world.trace {
      guard case .applied(let node, let version, .conflict(let settlement)) = event.kind, node == us else {
        continue
      }
      rivals[version.writeID] = settlement.rivals
    }
    #expect(rivals[w3.write] == [w2.write], "\(kind)")
    #expect(rivals[w4.write] == [w2.write], "\(kind): w4 had seen w3, so w3 is not its rival")
  }

  @Test func theCollaborativeDocumentKeepsBothEditsInOneOrder() throws {
    // The source document's example: US and Asia edit the same paragraph at 12:00 and 12:01 UTC,
    // each before seeing the other's edit.
    var world = try world(.text)
    _ = try world.write(key: "k", .crdtOperation(.insert("Pizza is round.", at: 0)), to: try world.node("us"))
    world.settle()
    let us = try world.node("us")
    let asia = try world.node("asia")
    _ = try world.write(
      key: "k", .crdtOperation(.insert(" Crust first!", at: 15)), to: us, at: .start + .seconds(60))
    _ = try world.write(
      key: "k", .crdtOperation(.insert(" Sauce first!", at: 15)), to: asia, at: .start + .seconds(61))
    world.settle()
    let texts = values(world)
    #expect(texts.count == 1, "\(texts)")
    let text = try #require(texts.first)
    #expect(text.hasPrefix("Pizza is round."))
    #expect(text.contains(" Crust first!") && text.contains(" Sauce first!"))
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func aPlainValueOrAWrongOperationIsRejectedAndChangesNothing() throws {
    var world = try world(.gCounter)
    let plain = try world.write(key: "k", .value("7"), to: try world.node("us"))
    let decrement = try world.write(key: "k", .crdtOperation(.decrement(1)), to: try world.node("us"))
    let onPlainKey = try world.write(key: "other", .crdtOperation(.increment(1)), to: try world.node("us"))
    world.settle()
    for issued in [plain, decrement, onPlainKey] {
      guard case .rejected(.invalidOperation)? = world.result(of: issued) else {
        Issue.record("expected a rejection, got \(String(describing: world.result(of: issued)))")
        continue
      }
    }
    #expect(world.nodes.allSatisfy { $0.store["k"].held.isEmpty })
  }

  @Test func aConcurrentlyOverwrittenRegisterAssignmentIsReportedLost() throws {
    var world = try world(.lwwRegister)
    _ = try world.write(key: "k", .crdtOperation(.assign("pepperoni")), to: try world.node("us"), at: .start)
    let loser = try world.write(
      key: "k", .crdtOperation(.assign("mushroom")), to: try world.node("asia"), at: .start)
    world.settle()
    #expect(values(world).count == 1)
    let report = world.report()
    #expect(report.converged)
    #expect(report.lostWrites.count == 1, "the register kept one assignment; the other's value is gone")
    _ = loser
  }

  @Test(arguments: CRDTKind.allCases)
  func randomSchedulesConvergeAndLoseNothingButRegisterAssignments(kind: CRDTKind) throws {
    for seed in UInt64(0)..<60 {
      let schedule = try RandomSchedule(seed: 50_000 + seed, policy: .crdt(kind))
      let world = try schedule.run()
      let report = world.report()
      #expect(report.converged, "\(schedule)")
      if kind != .lwwRegister && kind != .lwwMap {
        #expect(report.lostWrites.isEmpty, "\(report.lostWrites.map(\.write))\n\(schedule)")
      }
      if kind == .gCounter {
        let accepted = world.history.inOrder.filter(\.isAcknowledged).count
        let counts = Set(
          world.nodes.map { $0.store.keys.values.map { $0.held.first?.payload.description ?? "0" } })
        _ = counts
        let total = world.nodes[0].store.keys.values.compactMap { state -> Int? in
          guard case .crdt(let value)? = state.held.first?.payload else { return nil }
          return Int(value.description)
        }.reduce(0, +)
        #expect(total == accepted, "every acknowledged increment counts\n\(schedule)")
      }
    }
  }
}
