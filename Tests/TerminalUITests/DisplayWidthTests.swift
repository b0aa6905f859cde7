import Testing

@testable import TerminalUI

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("", 0),
    ("abc", 3),
    ("寿司", 4),
    ("e\u{301}", 1),
    ("한국", 4),
    ("Ａｂ", 4),
    ("ｱｲ", 2),
    ("👍", 2),
    ("🇯🇵", 2),
    ("👨‍👩‍👧", 2),
    ("☺\u{FE0F}", 2),
    ("⌚\u{FE0E}", 1),
    ("a\u{200B}b", 2),
    ("\u{1B}[1;31mred\u{1B}[0m", 3),
    ("\u{1B}]0;title\u{07}x", 1),
    ("\u{1B}[2J", 0),
    ("tab\t", 3),
    ("…", 1),
  ])
  func measuresTerminalColumns(text: String, expected: Int) {
    #expect(TerminalText.displayWidth(text) == expected)
  }

  @Test func escapeSequencesAreSplitWhole() {
    let segments = TextSegment.split("a\u{1B}[38;5;196mb\u{1B}Mc")
    #expect(
      segments == [
        .grapheme("a", width: 1), .escape("\u{1B}[38;5;196m"), .grapheme("b", width: 1),
        .escape("\u{1B}M"), .grapheme("c", width: 1),
      ])
  }
}
