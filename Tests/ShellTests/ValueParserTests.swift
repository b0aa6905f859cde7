import ReplicationModel
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// Durations, times, probabilities and context tokens as the command language spells them.
@Suite struct ValueParserTests {
  private func micros(_ text: String, allowSign: Bool = false) throws -> Int64 {
    try ValueParser.duration(text, allowSign: allowSign).microseconds
  }

  @Test func durations() throws {
    #expect(try micros("75ms") == 75_000)
    #expect(try micros("1.5s") == 1_500_000)
    #expect(try micros("2m") == 120_000_000)
    #expect(try micros("250us") == 250)
    #expect(try micros("0ms") == 0)
    #expect(try micros(".5s") == 500_000)
    #expect(try micros("24h") == 86_400_000_000)
  }

  @Test func signedDurationsForSkews() throws {
    #expect(try micros("+2m", allowSign: true) == 120_000_000)
    #expect(try micros("-30s", allowSign: true) == -30_000_000)
    #expect(try micros("2m", allowSign: true) == 120_000_000)
  }

  @Test func refusesSignsWhereNotAllowed() {
    for text in ["+2m", "-30s"] {
      #expect(throws: ShellError.self, "\(text)") { try micros(text) }
    }
    for text in ["++2m", "+-2m", "--2m", "-+30s"] {
      #expect(throws: ShellError.self, "\(text)") { try micros(text, allowSign: true) }
    }
  }

  @Test func refusesMalformedDurations() {
    for text in [
      "2x", "", "ms", "2", "1.s", "1..5s", "1.5.2s", "2 m", "1e3ms", "0x10ms", "1.+5s", "m2", "1.1234567s",
    ] {
      #expect(throws: ShellError.self, "\(text)") { try micros(text) }
    }
  }

  @Test func aSkewOfZeroNeedsNoUnit() throws {
    for text in ["0", "+0", "-0"] {
      #expect(try ValueParser.duration(text, allowSign: true) == .zero)
    }
    #expect(throws: ShellError.self) { try ValueParser.duration("0") }
  }

  @Test func refusesDurationsOverADay() {
    for text in ["25h", "24.000001h", "1441m", "86401s", "999999999999h", "999999999999.999999h"] {
      #expect(throws: ShellError.self, "\(text)") { try micros(text) }
    }
    #expect(throws: ShellError.self) { try micros("-25h", allowSign: true) }
  }

  @Test func durationErrorsExplainTheForm() {
    do {
      _ = try ValueParser.duration("2x")
      Issue.record("2x parsed")
    } catch {
      #expect(error.message == "'2x' is not a duration.")
      #expect(error.hint?.contains("75ms") == true)
    }
  }

  @Test func timesOfDay() throws {
    #expect(try ValueParser.time("12:00") == SimTime.start)
    #expect(try ValueParser.time("12:00:00") == SimTime.start)
    #expect(try ValueParser.time("12:00:00.004") == SimTime(microseconds: SimTime.start.microseconds + 4_000))
    #expect(try ValueParser.time("12:00:07.5") == SimTime.utc(hour: 12, second: 7, millisecond: 500))
    #expect(try ValueParser.time("00:00") == SimTime(microseconds: 0))
    #expect(try ValueParser.time("23:59:59.999999") == SimTime(microseconds: 86_400_000_000 - 1))
  }

  @Test func refusesImpossibleTimes() {
    for text in [
      "25:00", "24:00", "12:60", "12:00:60", "12:00:61", "12", "12:00:00:00", "", ":", "12:",
      "-1:00", "+12:00", "12:+5", "12:00:+5", "12:00:.5", "12:00:5.", "noon", "12h00", "12:00:00.1234567",
    ] {
      #expect(throws: ShellError.self, "\(text)") { try ValueParser.time(text) }
    }
  }

  @Test func probabilities() throws {
    #expect(try ValueParser.probability("0.1", what: "loss") == 0.1)
    #expect(try ValueParser.probability("10%", what: "loss") == 0.1)
    #expect(try ValueParser.probability("0", what: "loss") == 0)
    #expect(try ValueParser.probability("1", what: "loss") == 1)
    #expect(try ValueParser.probability("100%", what: "loss") == 1)
    #expect(try ValueParser.probability("12.5%", what: "loss") == 0.125)
  }

  @Test func refusesImpossibleProbabilities() {
    for text in ["1.5", "101%", "-0.1", "+0.1", "%", "", "ten", "0.1%%", "1e-2", "nan", "inf"] {
      #expect(throws: ShellError.self, "\(text)") { try ValueParser.probability(text, what: "loss") }
    }
  }

  @Test func contextVectors() throws {
    #expect(try ValueParser.vector("[1,0]") == VersionVector([1, 0]))
    #expect(try ValueParser.vector("1,0") == VersionVector([1, 0]))
    #expect(try ValueParser.vector("[2,1,3]") == VersionVector([2, 1, 3]))
    #expect(try ValueParser.vector("[]") == VersionVector())
    #expect(try ValueParser.vector("7") == VersionVector([7]))
  }

  @Test func refusesBadContextVectors() {
    for text in ["[1,x]", "1,,0", "[1,0", "1,0]", "[-1,0]", "[+1,0]", "[1;0]", "[1, 0]", "[4294967296]", ","]
    {
      #expect(throws: ShellError.self, "\(text)") { try ValueParser.vector(text) }
    }
    let tooMany = "[" + Array(repeating: "1", count: 65).joined(separator: ",") + "]"
    #expect(throws: ShellError.self) { try ValueParser.vector(tooMany) }
  }

  @Test func toggles() throws {
    #expect(try ValueParser.toggle("on", what: "reorder"))
    #expect(try ValueParser.toggle("OFF", what: "reorder") == false)
    #expect(throws: ShellError.self) { try ValueParser.toggle("maybe", what: "reorder") }
  }

  @Test func numbers() throws {
    #expect(try ValueParser.number("5", what: "the step count", range: 1...10) == 5)
    for text in ["0", "11", "-1", "five", "", "99999999999999999999999"] {
      #expect(throws: ShellError.self, "\(text)") {
        try ValueParser.number(text, what: "the step count", range: 1...10)
      }
    }
  }
}
