import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// Tab completion from the command catalog and the live cluster.
@Suite struct CompletionTests {
  /// Completes the last word of `line` (everything after its last space).
  private func complete(_ line: String, in session: ShellSession = ShellSession()) -> [String] {
    let start =
      line.utf8.lastIndex(of: UInt8(ascii: " ")).map {
        line.utf8.distance(from: line.utf8.startIndex, to: $0) + 1
      } ?? 0
    var session = session
    return session.completions(forLine: line, wordStart: start)
  }

  @Test func commandNames() {
    #expect(complete("wr") == ["write"])
    #expect(complete("st") == ["state", "status", "step"])
    #expect(complete("e") == ["erase", "exit", "experiment", "explain", "explore", "export"])
    #expect(complete("zz") == [])
    #expect(complete("") == CommandCatalog.names)
  }

  @Test func exploreOptionValues() {
    #expect(complete("explore --check no-") == ["no-double-commit", "no-lost-writes", "no-overtakes"])
    #expect(
      complete("explore --check ") == ["converges", "no-double-commit", "no-lost-writes", "no-overtakes"])
    #expect(complete("explore --timers ") == ["any", "quiet"])
    #expect(complete("review ") == ["limits", "stop"])
    #expect(complete("progress r") == ["reset"])
  }

  @Test func nodeNames() {
    #expect(complete("write ") == ["asia", "asia-f1", "asia-f2", "us", "us-f1", "us-f2"])
    #expect(complete("read as") == ["asia", "asia-f1", "asia-f2"])
    #expect(complete("crash us-") == ["us-f1", "us-f2"])
  }

  @Test func nodeNamesFollowTheCluster() {
    var session = ShellSession()
    #expect(!session.execute("cluster us eu --followers 0").failed)
    #expect(complete("write ", in: session) == ["eu", "us"])
  }

  @Test func keysOnceWritten() {
    var session = ShellSession()
    #expect(complete("write us top", in: session) == [])
    #expect(!session.execute("write us topping=pepperoni").failed)
    #expect(complete("write us top", in: session) == ["topping="])
    #expect(complete("read asia ", in: session) == ["topping"])
    #expect(complete("state t", in: session) == ["topping"])
    #expect(complete("write us topping=x ", in: session) == ["at"])
    // After `at`, the time now (the write waited 2ms for its answer), to edit into a later one.
    #expect(complete("write us topping=x at ", in: session) == ["12:00:00.002"])
  }

  @Test func policiesAndMergeFunctions() {
    #expect(
      complete("policy ") == [
        "crdt", "default", "lww", "manual", "merge", "preset", "priority", "quorum", "siblings",
      ])
    #expect(complete("policy merge ") == ["concat", "union"])
    #expect(complete("policy merge u") == ["union"])
    #expect(complete("policy preset c") == ["cassandra", "cosmos", "couchdb"])
    #expect(complete("policy preset dynamodb") == ["dynamodb", "dynamodb-strong"])
    #expect(complete("policy --key topping preset r") == ["riak", "riak-lww"])
    #expect(complete("explain cas") == ["cassandra"])
    #expect(complete("policy crdt or") == ["or-set"])
    #expect(complete("explain or-") == ["or-set"])
    #expect(complete("explain q") == ["quorum"])
    #expect(complete("timestamps ") == ["hybrid", "lamport", "physical"])
  }

  @Test func optionValues() {
    #expect(complete("cluster us asia --topology ") == ["all-to-all", "ring", "star"])
    #expect(complete("cluster us asia --single-leader ") == ["asia", "us"])
    #expect(complete("write us topping=x --from a") == ["asia"])
    #expect(complete("resolve topping x --at us-") == ["us-f1", "us-f2"])
    #expect(complete("partition us asia,us-") == ["asia,us-f1", "asia,us-f2"])
  }

  @Test func options() {
    #expect(complete("write us topping=x --") == ["--as", "--context", "--from"])
    #expect(complete("policy lww --t") == ["--tiebreak", "--timeout"])
    #expect(complete("state --") == ["--json"])
    #expect(complete("heal --") == [])
  }

  @Test func helpCompletesCommands() {
    let all = complete("help ")
    #expect(all == CommandCatalog.names)
    #expect(all.contains("write") && all.contains("exit"))
    #expect(
      complete("help re") == [
        "read", "recover", "redo", "remove", "replay", "report", "reset", "resolve", "restart", "resume",
        "review",
      ])
  }

  /// Completions in a new session for `line` with the word starting at byte `wordStart`.
  private func raw(_ line: String, wordStart: Int) -> [String] {
    var session = ShellSession()
    return session.completions(forLine: line, wordStart: wordStart)
  }

  @Test func nothingForUnknownCommandsOrOddInput() {
    #expect(complete("bogus ") == [])
    #expect(complete("step ") == [])
    #expect(raw("write \"us", wordStart: 6) == [])
    #expect(raw("wr", wordStart: 99) == [])
    #expect(raw("wr", wordStart: -3) == ["write"])
    #expect(raw("write é", wordStart: 7).isEmpty)
  }
}
