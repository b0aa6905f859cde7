import Shell
import Testing
import Tutor
import Workbench

/// Whole sessions driven by lists of lines, checked against what the model must do.
@Suite struct ScriptedSessionTests {
  private func run(_ lines: [String], width: Int = 100) -> (output: String, errors: [String]) {
    var session = ShellSession(options: SessionOptions(width: width))
    let result = ScriptRunner.run(lines: lines, source: "test", in: &session, keepGoing: true)
    return (result.output, result.errors)
  }

  @Test func pizzaConflictUnderLastWriteWins() {
    let (output, errors) = run([
      "write us topping=pepperoni at 12:00:00",
      "write asia topping=mushroom at 12:00:00.010",
      "run",
      "read us-f1 topping",
      "report",
    ])
    print(output)
    #expect(errors.isEmpty, "\(errors)")
    #expect(output.contains("us-f1 topping = mushroom"))
    #expect(output.contains("lost w1 topping=pepperoni"))
  }

  @Test func clearAsksTheCallerToClearAndChangesNothingElse() {
    var session = ShellSession()
    _ = session.execute("write us topping=olive")
    let before = session.execute("state").output
    let clear = session.execute("clear")
    #expect(clear.clearsScreen && clear.output.isEmpty && clear.error == nil)
    #expect(session.execute("state").output == before)
    #expect(!session.execute("state").clearsScreen)
    let extra = session.execute("clear all")
    #expect(extra.error != nil && !extra.clearsScreen)
  }
}
