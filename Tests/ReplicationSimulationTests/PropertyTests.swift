import ReplicationModel
import ReplicationSimulation
import Testing

/// Properties over many random schedules (see ``RandomSchedule``), each seed reproducible.
///
/// Seeds are swept in chunks so a failure names its seed and schedule, and the chunks run in
/// parallel.
@Suite struct PropertyTests {
  /// `count` seeds split into `chunks` ranges, starting at `base` so each property sees its own seeds.
  private static func chunks(base: UInt64, count: UInt64, chunks: UInt64 = 4) -> [Range<UInt64>] {
    let size = count / chunks
    return (0..<chunks).map { base + $0 * size..<base + ($0 + 1) * size }
  }

  @Test(arguments: chunks(base: 10_000, count: 2_100))
  func everyPolicyConvergesOnceHealedAndQuiet(seeds: Range<UInt64>) throws {
    for seed in seeds {
      let policy = PolicyChoice.all[Int(seed % UInt64(PolicyChoice.all.count))]
      let schedule = try RandomSchedule(seed: seed, policy: policy)
      let world = try schedule.run()
      let report = world.report()
      // Exempt by design: pgactive discards an UPDATE that overtook the INSERT of its row, which
      // "can lead to different data on different nodes" (aws/pgactive, docs/referenceguide.md).
      let divergent = report.divergentKeys.filter { !world.discardedUpdatesOfMissingRows(of: $0) }
      #expect(divergent.isEmpty, "divergent \(divergent)\n\(schedule)")
      #expect(report.isSettled, "\(schedule)")
      let unanswered = world.history.inOrder.filter { $0.result == nil }.map(\.write)
      #expect(unanswered.isEmpty, "no answer for \(unanswered)\n\(schedule)")
    }
  }

  @Test(arguments: chunks(base: 20_000, count: 400))
  func theSameSeedGivesTheSameRun(seeds: Range<UInt64>) throws {
    for seed in seeds {
      let schedule = try RandomSchedule(seed: seed)
      let first = try schedule.run()
      let second = try RandomSchedule(seed: seed).run()
      #expect(first.trace == second.trace, "\(schedule)")
      #expect(first.nodes == second.nodes, "\(schedule)")
      #expect(first.history == second.history, "\(schedule)")
      #expect(first.now == second.now && first.eventsProcessed == second.eventsProcessed, "\(schedule)")
    }
  }

  @Test(arguments: chunks(base: 30_000, count: 1_200))
  func quorumNeverCommitsConcurrentWrites(seeds: Range<UInt64>) throws {
    for seed in seeds {
      // Every third seed runs DynamoDB's strong mode, which refuses instead of waiting.
      let policy: PolicyChoice = seed.isMultiple(of: 3) ? .preset(.dynamodbStrong) : .quorum
      let schedule = try RandomSchedule(seed: seed, policy: policy)
      let world = try schedule.run()
      var committed: [String: [Version]] = [:]
      for record in world.history.inOrder where record.isAcknowledged {
        if case .accepted(let version) = record.result { committed[record.key, default: []].append(version) }
      }
      for (key, versions) in committed {
        for (index, first) in versions.enumerated() {
          for second in versions[(index + 1)...] {
            let order = first.order(relativeTo: second)
            #expect(
              order == .before || order == .after,
              "\(key): \(first.writeID) \(first.vector) vs \(second.writeID) \(second.vector)\n\(schedule)")
          }
        }
      }
      #expect(world.report().unresolvedConflicts.isEmpty, "\(schedule)")
      // Nothing stays locked: once healed and quiet, on a clean network, each leader in turn
      // commits a new write.
      var after = world
      try after.setNetwork(NetworkConditions())
      for leader in after.layout.leaders {
        let issued = try after.write(key: "k1", .value("after"), to: leader)
        after.settle()
        #expect(after.acceptedVersion(of: issued) != nil, "n\(leader.index) blocked\n\(schedule)")
      }
    }
  }

  @Test(arguments: chunks(base: 40_000, count: 1_500))
  func policiesThatKeepConcurrentWritesLoseNothing(seeds: Range<UInt64>) throws {
    let policies: [PolicyChoice] = [.siblings, .manual, .merge(.union)]
    for seed in seeds {
      let schedule = try RandomSchedule(seed: seed, policy: policies[Int(seed % 3)])
      let report = try schedule.run().report()
      #expect(report.lostWrites.isEmpty, "lost \(report.lostWrites.map(\.write))\n\(schedule)")
    }
  }

  @Test(arguments: chunks(base: 50_000, count: 1_000))
  func lastWriterWinsLosesWritesOnlyToConflictsOrSkew(seeds: Range<UInt64>) throws {
    for seed in seeds {
      let schedule = try RandomSchedule(seed: seed, policy: .lastWriterWins)
      let world = try schedule.run()
      for lost in world.report().lostWrites {
        let discard = try #require(lost.firstDiscard, "\(lost.write) vanished without a discard\n\(schedule)")
        switch discard.outcome {
        case .conflict, .causalityViolated: break
        case .stored, .replaced, .obsolete, .duplicate, .updateOfMissingRow:
          Issue.record("\(lost.write) discarded by \(discard.outcome)\n\(schedule)")
        }
      }
    }
  }

  @Test(arguments: chunks(base: 70_000, count: 800))
  func logicalClocksOrderCausallyRelatedWrites(seeds: Range<UInt64>) throws {
    // Writes passed from node to node carry their timestamps, so a Lamport or hybrid clock
    // stamps every write after all it has seen, and LWW never has to break causality. Skewed
    // physical clocks give no such promise.
    var physicalInversions = 0
    for seed in seeds {
      let schedule = try RandomSchedule(seed: seed, policy: .lastWriterWins, clientContexts: false)
      let world = try schedule.run()
      let accepted = world.history.inOrder.compactMap(\.version)
      var inversions = 0
      for a in accepted {
        for b in accepted
        where a.key == b.key && a.order(relativeTo: b) == .before && !(a.timestamp < b.timestamp) {
          inversions += 1
        }
      }
      let violations = world.applications.filter {
        if case .causalityViolated = $0.outcome { return true }
        return false
      }
      switch schedule.configuration.timestampSource {
      case .physical:
        physicalInversions += inversions
      case .lamport, .hybrid:
        #expect(inversions == 0, "\(schedule)")
        #expect(violations.isEmpty, "\(schedule)")
      }
    }
    #expect(physicalInversions > 0, "no seed showed a skewed physical clock inverting causality")
  }

  @Test(arguments: chunks(base: 60_000, count: 280))
  func invariantsHoldAfterEveryStep(seeds: Range<UInt64>) throws {
    for seed in seeds {
      let policy = PolicyChoice.all[Int(seed % UInt64(PolicyChoice.all.count))]
      let schedule = try RandomSchedule(seed: seed, policy: policy)
      var checker = InvariantChecker()
      let world = try schedule.run { checker.checkStep($0, context: "\(schedule)") }
      checker.checkQuiet(world, context: "\(schedule)")
      #expect(checker.checks > 1)
    }
  }
}
