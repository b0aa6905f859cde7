import Testing

@testable import TerminalUI

/// Markdown as lessons use it, rendered for the terminal.
@Suite struct MarkdownRendererTests {
  private func plain(_ markdown: String, width: Int = 40) -> String {
    MarkdownRenderer.render(markdown, width: width, styler: .plain)
  }

  @Test func headingsParagraphsAndInlineMarkup() {
    let text = plain(
      """
      # Why
      Writes stay **local**, so they are *fast*: try `write us a=1`.
      See [version vectors](lesson:version-vectors) or [the docs](https://example.org).
      """, width: 200)
    #expect(
      text == """
        WHY

        Writes stay local, so they are fast: try write us a=1. See version vectors (lesson version-vectors) or the docs <https://example.org>.
        """)
  }

  @Test func paragraphsWrapAndListsHangTheirIndent() {
    let text = plain(
      """
      - one two three four five six seven eight nine ten
        continued here
      - short
        1. nested item
      """, width: 24)
    #expect(
      text == """
        • one two three four
          five six seven eight
          nine ten continued
          here
        • short
          1. nested item
        """)
    for line in text.split(separator: "\n") { #expect(TerminalText.displayWidth(String(line)) <= 24) }
  }

  @Test func codeBlocksKeepTheirLinesAndAreCutNotWrapped() {
    let text = plain(
      """
      ```
      write us topping=pepperoni at 12:00:00 --from asia
      \tstate
      ```
      """, width: 30)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("    write us topping=pepper"))
    #expect(lines[0].hasSuffix("…"))
    #expect(TerminalText.displayWidth(lines[0]) == 30)
    #expect(lines[1] == "        state")
  }

  @Test func tablesQuotesAndRules() {
    let text = plain(
      """
      | policy | loses writes? |
      |---|---|
      | lww | yes |
      | siblings | no |

      > A quote.

      ---
      """)
    #expect(text.contains("policy    loses writes?"))
    #expect(text.contains("siblings  no"))
    #expect(!text.contains("---|"))
    #expect(text.contains("| A quote."))
  }

  @Test func contentCannotSendEscapeSequences() {
    let text = MarkdownRenderer.render("Hi \u{1B}[2J**there**\u{07}", width: 40, styler: .ansi)
    #expect(!text.contains("\u{1B}[2J"))
    #expect(!text.contains("\u{07}"))
    #expect(text.contains("\u{1B}[1m"), "bold is still styled")
  }

  @Test func colourIsOnlyUsedWhenAsked() {
    #expect(!plain("**a** *b* `c`").contains("\u{1B}"))
    let ansi = MarkdownRenderer.render("*b* `c`", width: 40, styler: .ansi)
    #expect(ansi.contains("\u{1B}[3m"))
  }
}
