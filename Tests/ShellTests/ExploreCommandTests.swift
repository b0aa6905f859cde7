import Shell
import Testing
import Tutor
import Workbench

@Suite struct ExploreCommandTests {
  @Test func exploreListsOutcomesAndReplayPlaysOne() throws {
    try Golden.check(
      "explore-pizza",
      [
        "cluster us asia eu --followers 0",
        "write us topping=pepperoni at 12:00:00",
        "write asia topping=mushroom at 12:00:00.010",
        "explore",
        "explore --check no-lost-writes",
        "replay 1 --steps 2",
        "replay next",
        "replay 1",
        "report",
      ])
  }

  @Test func quorumNeverDoubleCommitsAndCanReject() throws {
    var session = ShellSession(options: SessionOptions(width: 100))
    for line in [
      "cluster us asia eu --followers 0", "policy quorum", "write us balance=100 at 12:00:00",
      "write asia balance=200 at 12:00:00",
    ] {
      #expect(session.execute(line).error == nil)
    }
    let check = session.execute("explore --check no-double-commit")
    #expect(check.error == nil)
    #expect(check.output.contains("no-double-commit holds"))
    let all = session.execute("explore")
    #expect(all.output.contains("rejected: w2"))
    let lww = session.execute("policy lww")
    #expect(lww.error == nil)
    let broken = session.execute("explore --check no-double-commit")
    #expect(broken.output.contains("no-double-commit breaks"))
    #expect(broken.output.contains("The shortest counterexample"))
  }

  @Test func badInputIsExplained() throws {
    var session = ShellSession()
    let nothing = session.execute("explore")
    #expect(nothing.error?.contains("Nothing is pending") == true)
    #expect(session.execute("replay 1").error?.contains("explore first") == true)
    #expect(session.execute("explore --check sometimes").error?.contains("it checks converges") == true)
    #expect(session.execute("explore --drops 9").error?.contains("from 0 to 3") == true)
    #expect(session.execute("explore --timers later").error?.contains("quiet or any") == true)
    #expect(session.execute("replay next --steps 2").error != nil)
  }

  /// Found by the shell fuzz target: `replay next` after a search that found no outcome crashed.
  @Test func aSearchThatReachedNoOutcomeHasNothingToReplay() throws {
    var session = ShellSession()
    for line in [
      "cluster us asia eu --followers 0", "write us topping=pepperoni at 12:00:00",
      "write asia topping=mushroom at 12:00:00.010", "explore --max-states 1",
    ] {
      #expect(session.execute(line).error == nil, "\(line)")
    }
    for line in ["replay next", "replay 1", "replay 1 --steps 2"] {
      let refused = session.execute(line)
      #expect(
        refused.error?.contains("no outcome to replay") == true,
        "\(line): \(String(describing: refused.error))")
    }
    #expect(session.execute("explore").error == nil)
    #expect(session.execute("replay next").error == nil)
  }

  @Test func aLargeScenarioGetsAnEstimateAndASuggestionNotAHang() throws {
    var session = ShellSession()
    #expect(session.execute("cluster us asia eu --followers 2").error == nil)
    for number in 0..<6 {
      let node = ["us", "asia", "eu"][number % 3]
      #expect(session.execute("write \(node) topping=v\(number) at 12:00:0\(number)").error == nil)
    }
    let refused = session.execute("explore")
    let error = try #require(refused.error)
    #expect(error.contains("too large to explore"))
    #expect(error.contains("--max-states"))
    let bounded = session.execute("explore --max-states 50")
    #expect(bounded.error == nil)
    #expect(bounded.output.contains("Partial answer"))
  }
}

@Suite struct ExploreLateClientsTests {
  /// With late requests an outcome is what the replicas hold and what became of the writes; the
  /// closing rule says so, and says which leaders took their copies as they were due.
  @Test func lateRequestsCompareContentsAndSaySo() {
    var session = ShellSession(options: SessionOptions(width: 400))
    for line in [
      "cluster us asia eu --followers 0", "write us topping=pepperoni at 12:00:00",
      "write asia topping=mushroom at 12:00:00", "write eu topping=basil at 12:00:00.010",
    ] {
      #expect(session.execute(line).error == nil, "\(line)")
    }
    let late = session.execute("explore --late-clients")
    let text = late.output
    #expect(text.contains("Explored every order"))
    #expect(text.contains("Outcomes compare what the replicas hold"))
    #expect(text.contains("under lww no other order changes what it holds"))
    #expect(!text.contains("before a write it depends on"))
    // Every write can end up the winner once requests may be late.
    for value in ["pepperoni", "mushroom", "basil"] {
      #expect(text.contains("every replica: topping=\(value)"))
    }
    // A check about overtakes records them, so the rule is not used and not mentioned.
    let checked = session.execute("explore --late-clients --check no-overtakes").output
    #expect(!checked.contains("Outcomes compare what the replicas hold"))
  }

  /// pgactive's receipts do not commute (an UPDATE before its INSERT is discarded), so no leader
  /// takes its copies in a fixed order, and the rule line does not claim it.
  @Test func aPolicyWhoseReceiptsDoNotCommuteIsExploredInEveryOrder() {
    var session = ShellSession(options: SessionOptions(width: 400))
    for line in [
      "cluster us asia eu --followers 0", "policy preset pgactive", "write us order=margherita at 12:00:00",
      "write asia order=olives at 12:00:00.010",
    ] {
      #expect(session.execute(line).error == nil, "\(line)")
    }
    let text = session.execute("explore --late-clients").output
    #expect(text.contains("Outcomes compare what the replicas hold"))
    #expect(!text.contains("takes its copies in the order they were due"))
  }

  /// More outcomes than the table lists: the endings table still answers "can it end any other
  /// way?", over all of them, with shares that add up to the whole.
  @Test func manyOutcomesAreSummedUpByWhatTheReplicasEndWith() {
    var session = ShellSession(options: SessionOptions(width: 120))
    for line in [
      "cluster us asia eu --followers 0", "write us topping=mushroom at 12:00:00",
      "write asia topping=olive at 12:00:00", "write eu topping=basil at 12:00:00",
      "write us topping=ham at 12:00:00.010",
    ] {
      #expect(session.execute(line).error == nil, "\(line)")
    }
    let text = session.execute("explore --late-clients").output
    #expect(text.contains("rarer outcome"))
    #expect(text.contains("by what the replicas end with (4 endings;"))
    let endings = text.components(separatedBy: "by what the replicas end with").last ?? ""
    var total = 0.0
    for value in ["mushroom", "olive", "basil", "ham"] {
      let line = endings.split(separator: "\n").first { $0.hasPrefix("every replica: topping=\(value) ") }
      let share = line?.split(separator: " ").last.map { String($0.dropLast()) }.flatMap(Double.init)
      #expect(share != nil, "\(value): \(String(describing: line))")
      total += share ?? 0
    }
    #expect(abs(total - 100) < 0.5)
  }

  /// A late request is handled at the instant of the write it follows, so both carry the same
  /// timestamp and the tie-break keeps the earlier write: report says so, and does not blame a
  /// skewed clock (no clock is skewed here).
  @Test func aTiedTimestampIsNotCalledClockSkew() {
    var session = ShellSession(options: SessionOptions(width: 200))
    for line in [
      "cluster us asia --followers 0", "write asia topping=olive at 12:00:00",
      "write asia topping=onion at 12:00:00.010", "explore --late-clients",
    ] {
      #expect(session.execute(line).error == nil, "\(line)")
    }
    var reports: [String] = []
    for number in 1...2 {
      #expect(session.execute("replay \(number)").error == nil)
      reports.append(session.execute("report").output)
    }
    #expect(
      reports.contains {
        $0.contains("lost w1") && $0.contains("its timestamp was the same and the tie went to w2")
      })
    #expect(!reports.contains { $0.contains("clock skew") })
  }
}
