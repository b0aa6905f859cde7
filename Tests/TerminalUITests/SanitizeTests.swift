import Testing

@testable import TerminalUI

@Suite struct SanitizeTests {
  @Test(arguments: [
    ("\u{1B}[2Jgone", "\\e[2Jgone"),
    ("abc\u{202E}txt.exe", "abc\\u{202E}txt.exe"),
    ("nul\u{0}here", "nul\\u{00}here"),
    ("bell\u{07}", "bell\\u{07}"),
    ("c1\u{9B}31m", "c1\\u{9B}31m"),
    ("del\u{7F}", "del\\u{7F}"),
    ("ctrl-a\u{01}", "ctrl-a\\u{01}"),
    ("tab\there\nnext\r", "tab\\there\\nnext\\r"),
    ("\u{2066}iso\u{2069}\u{200E}\u{200F}\u{061C}", "\\u{2066}iso\\u{2069}\\u{200E}\\u{200F}\\u{61C}"),
    ("line\u{2028}sep", "line\\u{2028}sep"),
    ("\r\n", "\\r\\n"),
  ])
  func controlCharactersBecomeVisibleEscapes(input: String, expected: String) {
    #expect(TerminalText.sanitized(input) == expected)
    #expect(TerminalText.containsControlCharacters(input))
    #expect(!TerminalText.containsControlCharacters(expected))
  }

  @Test func printableTextIsKeptAsIs() {
    for text in ["plain", "寿司", "e\u{301}", "\u{FFFD}", "👨‍👩‍👧", "back\\slash", "", "«ü»"] {
      #expect(TerminalText.sanitized(text) == text)
      #expect(!TerminalText.containsControlCharacters(text))
    }
  }

  @Test func multiLineModeKeepsTabsAndNewlinesButNotCarriageReturns() {
    let text = "a\tb\nc\r\u{1B}[0m"
    #expect(TerminalText.sanitized(text, singleLine: false) == "a\tb\nc\\r\\e[0m")
    #expect(!TerminalText.containsControlCharacters("a\tb\nc", singleLine: false))
    #expect(TerminalText.containsControlCharacters("a\tb\nc"))
  }

  @Test func sanitizedRandomTextNeverContainsControlCharacters() {
    var generator = SeededGenerator(seed: 7)
    let extra = ["\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{202D}", "\t", "\r"]
    for _ in 0..<300 {
      var text = randomText(using: &generator)
      text += extra.randomElement(using: &generator)!
      let clean = TerminalText.sanitized(text)
      #expect(!TerminalText.containsControlCharacters(clean), "\(clean.debugDescription)")
      #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
  }
}
