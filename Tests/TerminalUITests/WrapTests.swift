import Testing

@testable import TerminalUI

@Suite struct WrapTests {
  @Test func wrapsAtWordsAndFillsLinesExactly() {
    let text =
      "Multi-leader replication lets every leader accept writes and forward them to the others asynchronously."
    #expect(
      TerminalText.wrap(text, width: 40) == [
        "Multi-leader replication lets every",
        "leader accept writes and forward them to",
        "the others asynchronously.",
      ])
    #expect(
      TerminalText.wrap(text, width: 80) == [
        "Multi-leader replication lets every leader accept writes and forward them to the",
        "others asynchronously.",
      ])
  }

  @Test func indentsEveryNonBlankLine() {
    #expect(
      TerminalText.wrap("alpha beta gamma delta epsilon\n\nzeta", width: 20, indent: 4) == [
        "    alpha beta gamma", "    delta epsilon", "", "    zeta",
      ])
  }

  @Test func breaksWordsLongerThanTheWidth() {
    #expect(
      TerminalText.wrap("see abcdefghijklmnopqrstuvwxyz now", width: 10) == [
        "see", "abcdefghij", "klmnopqrst", "uvwxyz now",
      ])
  }

  @Test func keepsNewlinesLeadingSpacesAndInnerSpaceRuns() {
    #expect(TerminalText.wrap("one\n\ntwo  three", width: 20) == ["one", "", "two  three"])
    #expect(TerminalText.wrap("  indented", width: 20) == ["  indented"])
    #expect(TerminalText.wrap("word   ", width: 20) == ["word"])
    #expect(TerminalText.wrap("a\r\nb\n", width: 20) == ["a", "b", ""])
    #expect(TerminalText.wrap("", width: 20) == [""])
  }

  @Test func clampsTheWidthToTen() {
    #expect(TerminalText.wrap("aaaa bbbb cccc", width: 3) == ["aaaa bbbb", "cccc"])
  }

  @Test func wideCharactersNeverStraddleTheEdge() {
    #expect(TerminalText.wrap("寿司寿司寿司寿司寿司寿司", width: 10) == ["寿司寿司寿", "司寿司寿司", "寿司"])
    #expect(TerminalText.wrap("a寿司寿司寿司寿司", width: 10) == ["a寿司寿司", "寿司寿司"])
  }

  @Test func styledTextIsClosedAndReopenedAtEachBreak() {
    let red = "\u{1B}[31m"
    let reset = "\u{1B}[0m"
    #expect(
      TerminalText.wrap(red + "red red red red" + reset, width: 10) == [
        red + "red red" + reset, red + "red red" + reset,
      ])
    #expect(TerminalText.wrap("plain " + red + "x" + reset, width: 10) == ["plain " + red + "x" + reset])
  }

  @Test func randomTextNeverExceedsTheWidthAndKeepsItsContent() {
    var generator = SeededGenerator(seed: 2024)
    for _ in 0..<500 {
      let text = randomText(using: &generator)
      let width = Int.random(in: 10...60, using: &generator)
      let indent = Int.random(in: 0...6, using: &generator)
      let lines = TerminalText.wrap(text, width: width, indent: indent)
      for line in lines {
        #expect(TerminalText.displayWidth(line) <= width, "\(line.debugDescription) at \(width)")
        #expect(strippingEscapes(line).last != " ", "trailing space in \(line.debugDescription)")
      }
      let visible = { (text: String) in strippingEscapes(text).filter { $0 != " " && $0 != "\n" } }
      #expect(visible(lines.joined(separator: "\n")) == visible(text))
      #expect(lines.count >= text.filter { $0 == "\n" }.count + 1)
    }
  }

  @Test func textThatFitsComesBackUnchanged() {
    var generator = SeededGenerator(seed: 99)
    for _ in 0..<200 {
      let text = randomText(using: &generator, maximumPieces: 4).filter { $0 != "\u{1B}" && $0 != "\n" }
      let trimmed = String(text.reversed().drop { $0 == " " }.reversed())
      guard TerminalText.displayWidth(trimmed) <= 40 else { continue }
      #expect(TerminalText.wrap(trimmed, width: 40) == [trimmed])
    }
  }
}
