import ReplicationModel
import Testing

@testable import Shell
@testable import Workbench

/// Times on a later simulated day: printed as `+1d12:00:05.000` and accepted back by `at TIME`
/// and `run until TIME`, so a write can be scheduled after `run 24h`.
@Suite struct LaterDayTimeTests {
  private static let day: Int64 = 86_400_000_000

  @Test func aLaterDayIsPrintedAndReadBack() throws {
    let later = SimTime(microseconds: Self.day + SimTime.utc(hour: 12, second: 5).microseconds)
    #expect(later.description == "+1d12:00:05.000")
    #expect(try ValueParser.time("+1d12:00:05") == later)
    #expect(try ValueParser.time("+0d12:00") == SimTime.start)
    for time in [
      SimTime.start, later, SimTime(microseconds: 3 * Self.day + 1), SimTime(microseconds: Self.day - 1),
      SimTime.latest,
    ] {
      #expect(try ValueParser.time(time.description) == time, "\(time)")
    }
    for text in [
      "+1d", "+d12:00", "+-1d12:00", "+1d24:00", "+366d12:00", "1d12:00", "+1D12:00x", "+1d+12:00",
    ] {
      #expect(throws: ShellError.self, "\(text)") { try ValueParser.time(text) }
    }
  }

  @Test func afterADayAWriteCanBeScheduledOnTheNextDay() throws {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 200))
    #expect(session.execute("run 24h").output.contains("Now +1d12:00:00.000"))
    let past = try #require(session.execute("write us topping=olive at 12:00:05").error)
    #expect(past.contains("the simulation is at +1d12:00:00.000"), "\(past)")
    #expect(past.contains("+1d12:00:05"), "\(past)")
    let scheduled = session.execute("write us topping=olive at +1d12:00:05")
    #expect(scheduled.error == nil, "\(scheduled.error ?? "")")
    #expect(scheduled.output.contains("at +1d12:00:05.000"), "\(scheduled.output)")
    #expect(session.execute("run until +1d12:00:06").error == nil)
    #expect(session.execute("state topping").output.contains("+1d12:00:05.001"))
    #expect(session.execute("policy crdt lww-register --key special").error == nil)
    #expect(session.execute("set us special margherita at +1d12:00:07").error == nil)
  }

  @Test func helpAndCompletionShowTheDayForm() throws {
    let help = try HelpText.render("write", width: 200, styler: .init(style: .plain))
    #expect(help.contains("+1d12:00:05"), "\(help)")
    var session = ShellSession()
    _ = session.execute("run 24h")
    let line = "write us topping=olive at "
    #expect(session.completions(forLine: line, wordStart: line.utf8.count) == ["+1d12:00:00.000"])
    let until = "run until +"
    #expect(session.completions(forLine: until, wordStart: until.utf8.count - 1) == ["+1d12:00:00.000"])
  }
}
