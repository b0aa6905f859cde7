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

  /// The printable-ASCII shortcut gives what measuring grapheme by grapheme gives, on every string of
  /// up to three pieces: ones that take it, and ones a byte away from it.
  @Test func theASCIIShortcutAgreesWithGraphemeMeasuring() {
    let pieces = ["a", " ", "~", "\u{7F}", "\u{1B}[1m", "\t", "\r\n", "e\u{301}", "寿", "\u{0}", "Z"]
    var texts = [""]
    for _ in 0..<3 { texts += texts.flatMap { text in pieces.map { text + $0 } } }
    for text in Set(texts) {
      let measured = TextSegment.split(text).reduce(0) { $0 + $1.width }
      #expect(TerminalText.displayWidth(text) == measured, "\(text.debugDescription)")
    }
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
