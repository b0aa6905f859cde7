import Shell
import Testing
import Workbench

/// Simulated time is bounded, and a drifting clock never traps however long the learner runs.
@Suite struct SimulatedTimeLimitTests {
  @Test func aDriftingClockSurvivesThreeYearsOfRunAndRefusesToPassTheLimit() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 100))
    #expect(!session.execute("clock us +0ms --drift 100000").failed)
    var refused: CommandOutcome?
    for _ in 0..<1_068 {
      let outcome = session.execute("run 24h")
      if outcome.failed {
        refused = outcome
        break
      }
    }
    // The write and the clock table read the drifting clock; neither may trap.
    #expect(!session.execute("write us k=a").failed)
    #expect(session.execute("clock").output.contains("us"))
    let error = refused?.error ?? ""
    #expect(error.contains("365 days"), "\(error)")
    #expect(error.contains("reset"), "\(error)")
  }
}
