import Shell
import Testing
import Workbench

/// `state` (and `read`) credit a version only with the writes whose effect it still shows, the
/// writes `report` counts as kept: an lww-map entry overwritten by a larger stamp that never saw it
/// is a lost write, and `state` must not list it.
@Suite struct StateReportAgreementTests {
  /// Runs `lines` in a fresh session, each expected to succeed.
  private func session(_ lines: [String]) -> ShellSession {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 120))
    for line in lines {
      let outcome = session.execute(line)
      #expect(outcome.error == nil, "\(line): \(outcome.error ?? "")")
    }
    return session
  }

  /// The write column of every row of `state KEY` (the last column).
  private func writeColumn(_ session: inout ShellSession, key: String) -> [String] {
    let lines = session.execute("state \(key)").output.split(separator: "\n").dropFirst(2)
    return lines.filter { $0.contains(key) }.compactMap { $0.split(separator: " ").last.map(String.init) }
  }

  /// The write ids `report` lists as lost.
  private func lostWrites(_ session: inout ShellSession) -> Set<String> {
    let lines = session.execute("report").output.split(separator: "\n")
    return Set(lines.filter { $0.hasPrefix("  lost ") }.map { String($0.split(separator: " ")[1]) })
  }

  @Test func anLWWMapEntryOverwrittenUnseenIsNotCreditedByState() {
    var session = session([
      "policy crdt lww-map --key menu", "put us menu price 10", "put asia menu price 12", "run",
    ])
    #expect(lostWrites(&session) == ["w1"])
    let writes = writeColumn(&session, key: "menu")
    #expect(writes.count == 6)
    #expect(writes.allSatisfy { $0 == "w2" }, "\(writes)")
    #expect(session.execute("read us menu").output.contains("w2,"))
    #expect(!session.execute("read us menu").output.contains("w1"))
  }

  @Test func lwwMapWritesToDifferentEntriesAreBothCredited() {
    var session = session([
      "policy crdt lww-map --key menu", "put us menu price 10", "put asia menu size large", "run",
    ])
    #expect(lostWrites(&session).isEmpty)
    #expect(writeColumn(&session, key: "menu").allSatisfy { $0 == "w1+w2" })
  }

  @Test func anLWWRegisterShowsOnlyTheWinningAssignment() {
    var session = session([
      "policy crdt lww-register --key special", "set us special margherita at 12:00:00",
      "set asia special marinara at 12:00:00.010", "set us special diavola at 12:00:00.020", "run",
    ])
    let lost = lostWrites(&session)
    #expect(!lost.isEmpty)
    for column in writeColumn(&session, key: "special") {
      let credited = Set(column.split(separator: "+").map(String.init))
      #expect(credited.isDisjoint(with: lost), "state credits \(column); report lost \(lost)")
    }
  }
}
