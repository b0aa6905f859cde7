import Shell
import Testing
import Tutor
import Workbench

/// A session's work limits bound what one command does, with the message a person would get.
@Suite struct WorkLimitsTests {
  /// A session whose commands may do little, as the fuzzer runs them.
  private func smallSession() -> ShellSession {
    ShellSession(
      options: SessionOptions(limits: WorkLimits(experimentWrites: 500, events: 3, exploreStates: 5)))
  }

  @Test func anExperimentOverTheLimitIsRefusedWithTheWorkItWouldDo() {
    var session = smallSession()
    let refused = session.execute("experiment conflicts --runs 1 --points 2 --writes 300")
    #expect(refused.error?.contains("That is 600 simulated writes; the limit is 500.") == true)
    let allowed = session.execute("experiment conflicts --runs 1 --points 2 --writes 200")
    #expect(allowed.error == nil)
    // The standard limit lets the same sweep run.
    var standard = ShellSession()
    #expect(standard.execute("experiment conflicts --runs 1 --points 2 --writes 300").error == nil)
  }

  @Test func runStopsAtTheEventLimitAndSaysSo() {
    var session = smallSession()
    #expect(session.execute("write us topping=olive at 12:00:01").error == nil)
    let first = session.execute("run")
    #expect(first.output.contains("Stopped after 3 events; run again to continue."))
    // Run again finishes what is left: the write reaches every replica.
    var rounds = 0
    while session.execute("run").output.contains("Stopped after") { rounds += 1 }
    #expect(rounds < 20)
    #expect(rounds > 0)
    let state = session.execute("state topping").output
    #expect(state.split(separator: "\n").filter { $0.contains("olive") }.count == 6)
    #expect(session.execute("report").output.contains("Converged: every replica holds the same versions"))
  }

  /// `run DURATION` and `run until TIME` carry out no more events than a plain `run` (they had
  /// no limit: a long duration could run for minutes).
  @Test(arguments: ["run 1h", "run until 13:00:00"])
  func aTimedRunStopsAtTheEventLimitToo(line: String) {
    var session = smallSession()
    #expect(session.execute("write us topping=olive at 12:00:01").error == nil)
    let first = session.execute(line)
    #expect(first.output.contains("Stopped after 3 events; run again to continue."), "\(first.output)")
    #expect(session.world.now < .utc(hour: 13, minute: 0), "the clock stays at the last event")
    #expect(session.world.hasPendingEvents)
  }

  /// replay after a search that reached no outcome: below the cap it suggests a larger bound, at
  /// the cap it does not.
  @Test func replaySuggestsALargerBoundOnlyBelowTheCap() {
    var session = ShellSession(
      options: SessionOptions(limits: WorkLimits(experimentWrites: 500, events: 1_000, exploreStates: 1)))
    for line in [
      "cluster us asia eu --followers 0", "write us topping=pepperoni at 12:00:00",
      "write asia topping=mushroom at 12:00:00.010", "explore --max-states 1",
    ] {
      #expect(session.execute(line).error == nil, "\(line)")
    }
    let atCap = session.execute("replay next").error ?? ""
    #expect(atCap.contains("Explore fewer writes or faults: 1 state is the most explore visits."), "\(atCap)")
    var standard = ShellSession()
    for line in [
      "cluster us asia eu --followers 0", "write us topping=pepperoni at 12:00:00",
      "write asia topping=mushroom at 12:00:00.010", "explore --max-states 1",
    ] {
      #expect(standard.execute(line).error == nil, "\(line)")
    }
    #expect(standard.execute("replay next").error?.contains("larger --max-states") == true)
  }

  @Test func exploreStopsAtTheStateLimitWithAPartialAnswer() {
    var session = smallSession()
    for line in [
      "cluster us asia eu --followers 0", "write us topping=pepperoni at 12:00:00",
      "write asia topping=mushroom at 12:00:00.010",
    ] {
      #expect(session.execute(line).error == nil)
    }
    let partial = session.execute("explore --max-states 100000")
    #expect(partial.error == nil)
    #expect(partial.output.contains("Partial answer: the search stopped at 5 states"))
    var standard = ShellSession()
    for line in [
      "cluster us asia eu --followers 0", "write us topping=pepperoni at 12:00:00",
      "write asia topping=mushroom at 12:00:00.010",
    ] {
      _ = standard.execute(line)
    }
    #expect(!standard.execute("explore").output.contains("Partial answer"))
  }

  /// A search stopped at the session's cap cannot be helped by a larger --max-states: the note
  /// says the cap and suggests exploring less; below the cap it still suggests raising the bound.
  @Test func aPartialAnswerAtTheCapDoesNotSuggestRaisingMaxStates() {
    var session = smallSession()
    for line in [
      "cluster us asia eu --followers 0", "write us topping=pepperoni at 12:00:00",
      "write asia topping=mushroom at 12:00:00.010",
    ] {
      #expect(session.execute(line).error == nil)
    }
    // The note wraps at 80 columns; read it as one line.
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    let capped = flat(session.execute("explore --max-states 100000").output)
    #expect(capped.contains("Partial answer"))
    #expect(!capped.contains("raise --max-states"), "\(capped)")
    #expect(capped.contains("5 states is the most explore visits in this session"), "\(capped)")
    #expect(capped.contains("explore fewer writes or faults"), "\(capped)")
    let below = flat(session.execute("explore --max-states 3").output)
    #expect(below.contains("Partial answer: the search stopped at 3 states"))
    #expect(below.contains("raise --max-states (up to 5)"), "\(below)")
  }
}
