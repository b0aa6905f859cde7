import ReplicationModel
import Testing

/// The documented conflict rules of real databases, as the presets reproduce them.
///
/// Each test states the rule and cites where it is documented (the facts are collected in
/// shared/reference/replication-facts.md). Every rule is checked in both arrival orders.
@Suite struct SystemPresetTests {
  /// What a replica keeps after `versions` arrive in every order; fails if the orders disagree.
  private func kept(_ versions: [Version], preset: SystemPreset, layout: ClusterLayout) -> [Version] {
    let outcomes = Fixtures.permutations(versions).map {
      Fixtures.held(after: $0, policy: .preset(preset), layout: layout)
    }
    #expect(Set(outcomes).count == 1, "the arrival order changed the result")
    return outcomes[0]
  }

  // Cassandra, Cells.resolveRegular (apache/cassandra src/java/org/apache/cassandra/db/rows/Cells.java):
  // the higher timestamp wins; at equal timestamps a tombstone beats a live cell; between live
  // cells the bytewise larger value wins. No version vectors: a causally later write with an
  // older timestamp loses.
  @Test func cassandraLargerTimestampThenDeletionThenLargerValue() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let older = make.make("zucchini", write: 1, slot: 0, vector: [1, 0], at: 0)
    let newer = make.make("anchovy", write: 2, slot: 1, vector: [0, 1], at: 5)
    #expect(kept([older, newer], preset: .cassandra, layout: layout) == [newer])

    let value = make.make("pepperoni", write: 3, slot: 0, vector: [1, 0], at: 10)
    let deletion = make.deletion(write: 4, slot: 1, vector: [0, 1], at: 10)
    #expect(kept([value, deletion], preset: .cassandra, layout: layout) == [deletion])

    // "the value 2 is chosen over 1" (DataStax docs); here from the lower-priority region.
    let one = make.make("1", write: 5, slot: 0, vector: [1, 0], at: 20)
    let two = make.make("2", write: 6, slot: 1, vector: [0, 1], at: 20)
    #expect(kept([one, two], preset: .cassandra, layout: layout) == [two])
    // multileader's own lww gives the same tie to the US instead.
    #expect(Fixtures.held(after: [one, two], policy: .lastWriterWins, layout: layout) == [one])
  }

  @Test func cassandraDropsACausallyLaterWriteWithAnOlderTimestamp() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let first = make.make("mushroom", write: 1, slot: 1, vector: [0, 1], at: 120_000)  // Asia's clock is fast
    let later = make.make("pepperoni", write: 2, slot: 0, vector: [1, 1], at: 60_000)  // has seen `first`
    #expect(kept([first, later], preset: .cassandra, layout: layout) == [first])
  }

  // DynamoDB global tables (MREC): last writer wins on the write timestamp; the docs do not say
  // how ties are broken, and multileader uses the write id (not the region).
  @Test func dynamoDBLastWriterWinsTiesByWriteID() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("us", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("asia", write: 2, slot: 1, vector: [0, 1], at: 0)
    #expect(kept([us, asia], preset: .dynamodb, layout: layout) == [asia])
    let later = make.make("later", write: 3, slot: 0, vector: [1, 0], at: 9)
    #expect(kept([asia, later], preset: .dynamodb, layout: layout) == [later])
    #expect(kept([us, asia], preset: .riakLastWriteWins, layout: layout) == [asia])
  }

  // Cosmos DB last-writer-wins (azure-databases-docs, conflict-resolution-policies): the highest
  // _ts wins, but "the deleted version always wins over either insert or replace conflicts": a
  // delete conflict is an item deleted in one region while it is updated in another.
  @Test func cosmosADeletionBeatsAConcurrentUpdateWhateverTheTimestamps() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let deletion = make.deletion(write: 1, slot: 0, vector: [1, 0], at: 0)
    let newerValue = make.make("olive", write: 2, slot: 1, vector: [0, 1], at: 60_000)
    #expect(
      kept([deletion, newerValue], preset: .cosmos, layout: layout).map(\.writeID) == [deletion.writeID])
    #expect(kept([deletion, newerValue], preset: .cassandra, layout: layout) == [newerValue])
    let older = make.make("ham", write: 3, slot: 0, vector: [1, 0], at: 0)
    #expect(
      kept([older, newerValue], preset: .cosmos, layout: layout).map(\.writeID) == [newerValue.writeID])
  }

  // The same documentation: an item re-created after the deletion reached its region is an
  // ordinary later write (reference sheet, second-round correction 1). A write through the same
  // leader after the deletion has seen it, so it replaces the deletion.
  @Test func cosmosAWriteThatFollowsTheDeletionReplacesIt() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let deletion = make.deletion(write: 1, slot: 0, vector: [1, 0], at: 5_000)
    let recreated = make.make("olive", write: 2, slot: 0, vector: [2, 0], at: 10_000)
    #expect(kept([deletion, recreated], preset: .cosmos, layout: layout) == [recreated])
    // A later deletion that has seen the value replaces it, as any later write would.
    let redeleted = make.deletion(write: 3, slot: 1, vector: [2, 1], at: 12_000)
    #expect(kept([recreated, redeleted], preset: .cosmos, layout: layout) == [redeleted])
    // Concurrent with an update from Asia, the deletion still wins whatever the timestamps.
    let concurrent = make.make("ham", write: 4, slot: 1, vector: [0, 1], at: 60_000)
    #expect(
      kept([deletion, concurrent], preset: .cosmos, layout: layout).map(\.writeID) == [deletion.writeID])
  }

  // "A deletion beats a concurrent update, otherwise the later write" is no total order, so a
  // replica keeping one version cannot apply it pairwise (SoakTests seed 1000045 diverged that
  // way): US deletes t then writes a; Asia deletes b then writes u. a replaces t, b beats a, u
  // replaces b, t beats u. Kept as a frontier, every arrival order ends with a and u, neither a
  // deletion, and the later of them wins.
  @Test func cosmosSettlesACycleOfDeletionsAndUpdatesTheSameInEveryOrder() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let t = make.deletion(write: 1, slot: 0, vector: [1, 0], at: 1_000)
    let a = make.make("anchovy", write: 2, slot: 0, vector: [2, 0], at: 2_000)
    let b = make.deletion(write: 3, slot: 1, vector: [0, 1], at: 1_500)
    let u = make.make("olive", write: 4, slot: 1, vector: [0, 2], at: 2_500)
    let held = kept([t, a, b, u], preset: .cosmos, layout: layout)
    #expect(held.map(\.writeID) == [u.writeID])
    #expect(held.first?.settledFrom.map(\.writeID) == [a.writeID, u.writeID])
    // Without the later writes, the deletions beat the concurrent values.
    #expect(kept([t, u], preset: .cosmos, layout: layout).map(\.writeID) == [t.writeID])
    #expect(kept([a, b], preset: .cosmos, layout: layout).map(\.writeID) == [b.writeID])
  }

  // pgactive, pgactive_conflict_last_update_wins (aws/pgactive src/pgactive_apply.c): the later
  // commit timestamp wins; at equal timestamps "the node with lesser node_seq_id always wins".
  @Test func pgactiveEqualTimestampsGoToTheLowerNodeID() throws {
    // Asia is listed first, so its leader has the lower node id, while the region priority still
    // puts the US first: the two tie-breaks disagree, and pgactive follows the node id.
    let layout = try Fixtures.layout(["asia", "us"], priority: ["us", "asia"])
    let make = VersionFactory(layout: layout)
    let asia = make.make("asia", write: 1, slot: 0, vector: [1, 0], at: 0)
    let us = make.make("us", write: 2, slot: 1, vector: [0, 1], at: 0)
    #expect(kept([asia, us], preset: .pgactive, layout: layout) == [asia])
    #expect(Fixtures.held(after: [asia, us], policy: .lastWriterWins, layout: layout) == [us])
  }

  // CouchDB (apache/couchdb couch_doc.erl to_doc_info_path; docs replication/conflicts): every
  // conflicting revision is kept; the winner is the non-deleted leaf, then the higher revision
  // position, then the higher revision id.
  @Test func couchDBKeepsEveryRevisionAndNamesOneWinner() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let short = make.make("short history", write: 1, slot: 0, vector: [1, 0], at: 0)
    let long = make.make("long history", write: 2, slot: 1, vector: [0, 2], at: 0)
    let held = kept([short, long], preset: .couchdb, layout: layout)
    #expect(held.map(\.writeID) == [short.writeID, long.writeID], "both revisions stay")
    #expect(RevisionWinner.winner(of: held) == long)
    #expect(RevisionWinner.revision(of: long).hasPrefix("2-"))

    let deletedLonger = make.deletion(write: 3, slot: 1, vector: [0, 5], at: 0)
    #expect(RevisionWinner.winner(of: [short, deletedLonger]) == short, "a live revision beats a deletion")

    let a = make.make("a", write: 4, slot: 0, vector: [1, 0], at: 0)
    let b = make.make("b", write: 5, slot: 1, vector: [0, 1], at: 0)
    let byID = RevisionWinner.revisionID(of: a) > RevisionWinner.revisionID(of: b) ? a : b
    #expect(RevisionWinner.winner(of: [a, b]) == byID)
    #expect(RevisionWinner.winner(of: [b, a]) == byID)
  }

  // Riak with allow_mult (basho docs, conflict-resolution): concurrent writes become siblings;
  // a causally later write replaces what it has seen.
  @Test func riakKeepsSiblingsAndReplacesWhatAWriteHasSeen() throws {
    let layout = try Fixtures.layout()
    let make = VersionFactory(layout: layout)
    let us = make.make("pepperoni", write: 1, slot: 0, vector: [1, 0], at: 0)
    let asia = make.make("mushroom", write: 2, slot: 1, vector: [0, 1], at: 0)
    #expect(kept([us, asia], preset: .riak, layout: layout).count == 2)
    let merged = make.make("pepperoni,mushroom", write: 3, slot: 0, vector: [2, 1], at: 5)
    #expect(kept([us, asia, merged], preset: .riak, layout: layout) == [merged])
  }

  @Test func everyPresetHasANameASummaryAndASource() {
    for preset in SystemPreset.allCases {
      #expect(SystemPreset(rawValue: preset.name) == preset)
      #expect(preset.summary.count > 150, "\(preset.name) needs a real paragraph")
      #expect(!preset.source.isEmpty)
      #expect(PolicyChoice.preset(preset).name == "preset \(preset.name)")
    }
  }
}
