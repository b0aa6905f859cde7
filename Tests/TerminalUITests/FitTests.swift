import Testing

@testable import TerminalUI

@Suite struct FitTests {
  private let bold = "\u{1B}[1m"
  private let reset = "\u{1B}[0m"

  @Test func padsByDisplayWidth() {
    #expect(TerminalText.pad("ab", to: 5) == "ab   ")
    #expect(TerminalText.pad("ab", to: 5, alignment: .right) == "   ab")
    #expect(TerminalText.pad("寿司", to: 6) == "寿司  ")
    #expect(TerminalText.pad("e\u{301}", to: 3, alignment: .right) == "  e\u{301}")
    #expect(TerminalText.pad(bold + "ab" + reset, to: 4) == bold + "ab" + reset + "  ")
    #expect(TerminalText.pad("abcdef", to: 3) == "abcdef")
  }

  @Test func truncatesWithAnEllipsis() {
    #expect(TerminalText.truncate("hello world", to: 8) == "hello w…")
    #expect(TerminalText.truncate("hello world", to: 7) == "hello…")
    #expect(TerminalText.truncate("hello world", to: 11) == "hello world")
    #expect(TerminalText.truncate("hello", to: 1) == "…")
    #expect(TerminalText.truncate("hello", to: 0) == "")
    #expect(TerminalText.truncate("寿司寿司", to: 4) == "寿…")
    #expect(TerminalText.truncate("寿司寿司", to: 5) == "寿司…")
  }

  @Test func truncationNeverCutsAnEscapeAndClosesStyling() {
    #expect(TerminalText.truncate(bold + "bold text" + reset, to: 6) == bold + "bold…" + reset)
    #expect(TerminalText.truncate(bold + "ab" + reset + "cdef", to: 4) == bold + "ab" + reset + "c…")
    #expect(TerminalText.truncate("\u{1B}[38;5;196mabcdef", to: 3) == "\u{1B}[38;5;196mab…" + reset)
    #expect(TerminalText.truncate(bold + "ab" + reset, to: 2) == bold + "ab" + reset)
  }

  @Test func truncatedRandomTextFits() {
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<300 {
      let text = randomText(using: &generator, maximumPieces: 10).filter { $0 != "\n" }
      let width = Int.random(in: 0...30, using: &generator)
      let cut = TerminalText.truncate(text, to: width)
      #expect(TerminalText.displayWidth(cut) <= max(width, 0), "\(cut.debugDescription)")
      #expect(TerminalText.displayWidth(TerminalText.pad(cut, to: width)) == max(width, 0))
    }
  }

  @Test func headingsAndRulesFillTheWidth() {
    #expect(TerminalText.heading("Nodes", width: 20, styler: .plain) == "-- Nodes -----------")
    #expect(TerminalText.heading("A very long title indeed", width: 12, styler: .plain) == "-- A very… -")
    #expect(
      TerminalText.heading("Nodes", width: 12, styler: .ansi)
        == "\u{1B}[2m──\u{1B}[0m \u{1B}[1;4mNodes\u{1B}[0m \u{1B}[2m───\u{1B}[0m")
    #expect(TerminalText.rule(width: 4, styler: .plain) == "----")
    #expect(TerminalText.rule(width: 0, styler: .ansi) == "")
    for width in 0...30 {
      let line = TerminalText.heading("Replication", width: width, styler: .ansi)
      #expect(TerminalText.displayWidth(line) <= max(width, 10))
    }
  }
}
