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

  // The same documentation: a deletion concurrent with an update wins, whatever the timestamps.
  @Test func cosmosADeletionConcurrentWithAnUpdateStillWins() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 100))
    run(
      [
        "policy preset cosmos", "write us topping=mushroom at 12:00:00", "run",
        "delete us topping at 12:00:05", "write asia topping=olive at 12:00:05.010", "run",
      ], in: &session)
    #expect(session.execute("read us topping").output.hasPrefix("us topping = (deleted)"))
    #expect(session.execute("read asia topping").output.hasPrefix("asia topping = (deleted)"))
  }
}
