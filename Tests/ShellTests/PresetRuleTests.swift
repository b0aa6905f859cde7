import Shell
import Testing
import Workbench

/// The presets' documented rules, as a learner sees them in the shell.
///
/// Each test names the vendor documentation it reproduces (collected in
/// shared/reference/replication-facts.md).
@Suite struct PresetRuleTests {
  private func run(_ lines: [String], in session: inout ShellSession) {
    for line in lines {
      let outcome = session.execute(line)
      #expect(!outcome.failed, "\(line): \(outcome.error ?? "")")
    }
  }

  // AWS, DynamoDB global tables, multi-Region strong consistency (MRSC): a table in that mode
  // needs three Regions, or two Regions and a witness (CloudFormation GlobalTableWitness docs).
  // multileader has no witness, so two leaders are refused, and the world is left as it was.
  @Test func dynamoDBStrongModeIsRefusedWithFewerThanThreeRegions() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 100))
    let refused = session.execute("policy preset dynamodb-strong")
    #expect(refused.failed)
    let message = refused.error ?? ""
    #expect(message.contains("three regions") && message.contains("witness"), "\(message)")
    #expect(message.contains("majority") && message.contains("2 leaders"), "\(message)")
    #expect(session.execute("policy").output.contains("lww"))
    let perKey = session.execute("policy --key topping preset dynamodb-strong")
    #expect(perKey.failed)

    run(["cluster us asia eu", "policy preset dynamodb-strong"], in: &session)
    // Going back to two regions would leave the mode without a majority too.
    let shrink = session.execute("cluster us asia")
    #expect(shrink.failed)
    #expect((shrink.error ?? "").contains("three regions"), "\(shrink.error ?? "")")
  }

  @Test func explainDynamoDBStrongStatesTheThreeRegionRule() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 100))
    let text = session.execute("explain dynamodb-strong").output.split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    #expect(text.contains("three Regions, or two and a witness"), "\(text)")
    #expect(text.contains("multi-Region strong consistency"), "\(text)")
  }

  // CouchDB docs (replication/conflicts; api/document/common, ?deleted_conflicts=true): a
  // losing leaf that is a deletion is reported in _deleted_conflicts, not in _conflicts.
  @Test func couchDBListsALosingDeletionAsADeletedConflict() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 200))
    run(
      [
        "policy preset couchdb", "write us topping=mushroom at 12:00:00", "run", "read asia topping",
        "delete us topping at 12:00:05", "write asia topping=olive at 12:00:05", "run",
      ], in: &session)
    let read = session.execute("read us topping").output
    #expect(read.contains("CouchDB shows olive"), "\(read)")
    #expect(read.contains("_deleted_conflicts: 2-"), "\(read)")
    #expect(!read.contains("; _conflicts"), "\(read)")

    run(["write us pizza=ham at 12:00:10", "write asia pizza=olive at 12:00:10", "run"], in: &session)
    let live = session.execute("read us pizza").output
    #expect(live.contains("; _conflicts: 1-") && !live.contains("_deleted_conflicts"), "\(live)")
  }

  // Microsoft Learn, "Conflict types and resolution policies" (azure-databases-docs,
  // cosmos-db/conflict-resolution-policies): a delete conflict is a deletion in one region
  // racing an update in another. A write through the same leader after the deletion is not in
  // conflict with it: it replaces the deletion, and nothing is reported lost to clock skew.
  @Test func cosmosAWriteAfterADeletionThroughTheSameLeaderReplacesIt() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 100))
    run(
      [
        "policy preset cosmos", "write us topping=mushroom at 12:00:00", "run",
        "delete us topping at 12:00:05", "run", "write us topping=olive at 12:00:10", "run",
      ], in: &session)
    #expect(session.execute("read asia topping").output.hasPrefix("asia topping = olive"))
    let report = session.execute("report").output
    #expect(report.contains("Lost: 0."), "\(report)")
    #expect(!report.contains("clock skew"), "\(report)")
  }

  // The same documentation: a deletion concurrent with an update wins, whatever the timestamps;
  // the loser is no sibling (reads show one item) and no unresolved conflict.
  @Test func cosmosADeletionConcurrentWithAnUpdateStillWins() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 100))
    run(
      [
        "policy preset cosmos", "write us topping=mushroom at 12:00:00", "run",
        "delete us topping at 12:00:05", "write asia topping=olive at 12:00:05.010", "run",
      ], in: &session)
    #expect(session.execute("read us topping").output.hasPrefix("us topping = (deleted)"))
    #expect(session.execute("read asia topping").output.hasPrefix("asia topping = (deleted)"))
    #expect(session.execute("conflicts").output.contains("No unresolved conflicts"))
    let report = session.execute("report").output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      report.contains("lost w3") && report.contains("a deletion beats a concurrent update"), "\(report)")
  }

  // aws/pgactive, docs/referenceguide.md, INSERT/UPDATE conflicts: an UPDATE that reaches a
  // node before the INSERT of its row is discarded there, which "can lead to different data on
  // different nodes". report says so and names the writes and nodes.
  @Test func pgactiveDiscardsAnUpdateThatOvertakesItsInsertAndTheReplicasDiverge() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 200))
    run(
      [
        "cluster us asia eu --followers 0", "policy preset pgactive", "latency us eu 300ms",
        "write us order=margherita", "write asia order=margherita+olives at 12:00:00.100 --context [1,0,0]",
      ], in: &session)
    let trace = session.execute("run").output
    #expect(
      trace.contains("eu applied w2 order=margherita+olives [1,1,0]: w2 discarded: an UPDATE"), "\(trace)")
    #expect(session.execute("read eu order").output.hasPrefix("eu order = margherita "))
    #expect(session.execute("read us order").output.hasPrefix("us order = margherita+olives "))
    let report = session.execute("report").output
    #expect(report.contains("Not converged: replicas differ on order."), "\(report)")
    #expect(
      report.contains("order: eu discarded w2 at 12:00:00.176: an UPDATE that arrived before the INSERT"),
      "\(report)")
    #expect(report.contains("order now: us, asia hold w2; eu holds w1."), "\(report)")
    #expect(report.contains("Lost: 0."), "\(report)")
    let json = session.execute("report --json").output.split(whereSeparator: \.isWhitespace).joined()
    #expect(
      json.contains(
        #""updates_of_missing_rows":[{"write":"w2","key":"order","node":"eu","time":"12:00:00.176"}]"#),
      "\(json)")
  }

  @Test func explainNamesTheCosmosAndPgactiveRules() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 100))
    let cosmos = session.execute("explain cosmos").output.split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    #expect(cosmos.contains("A deletion always wins against a concurrent insert or replace"), "\(cosmos)")
    #expect(cosmos.contains("re-creates the item"), "\(cosmos)")
    let pgactive = session.execute("explain pgactive").output.split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    #expect(pgactive.contains("before the INSERT of its row"), "\(pgactive)")
    #expect(pgactive.contains("docs/referenceguide.md"), "\(pgactive)")
  }

  // CouchDB docs, Document API (PUT /{db}/{docid}) and "Replication and conflict model": an
  // update of an existing document must carry its current _rev, or it is refused with 409
  // Conflict; a new document needs none, and replication between leaders still makes conflicts.
  @Test func couchDBRefusesAnUpdateThatDidNotReadTheCurrentRevision() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 200))
    run(["policy preset couchdb", "write us topping=mushroom", "run"], in: &session)
    let blind = session.execute("write asia topping=olive").output
    #expect(blind.contains("w2 rejected by asia: 409 Conflict"), "\(blind)")
    #expect(blind.contains("read it and write again"), "\(blind)")
    #expect(session.execute("trace").output.contains("asia → client: w2 rejected"))

    // Read first, then write: the context covers the revision shown, so the update is accepted.
    run(["read asia topping"], in: &session)
    let informed = session.execute("write asia topping=olive").output
    #expect(informed.contains("w3 accepted by asia: topping=olive, context [1,0]"), "\(informed)")
    // The US client last saw its own w1, which w3 replaced: its next update is refused too.
    run(["run"], in: &session)
    #expect(session.execute("write us topping=ham").output.contains("409 Conflict"))
    #expect(session.execute("report").output.contains("Lost: 0"))
  }

  @Test func couchDBStillMakesConflictsThroughReplication() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 200))
    run(
      [
        "policy preset couchdb", "write us topping=mushroom at 12:00:00",
        "write asia topping=olive at 12:00:00.010", "run",
      ], in: &session)
    let conflicts = session.execute("conflicts").output
    #expect(conflicts.contains("topping: w1 mushroom | w2 olive"), "\(conflicts)")
  }
}
