import Testing

@testable import TerminalUI

@Suite struct StylerTests {
  @Test func plainStyleLeavesTextUnchanged() {
    let styler = Styler.plain
    for tint in [Tint.heading, .emphasis, .dim, .success, .warning, .failure, .accent, .region(3)] {
      #expect(styler.paint("text", tint) == "text")
    }
    #expect(styler.bold("text") == "text")
  }

  @Test func ansiStyleWrapsTextInEscapesAndReset() {
    let styler = Styler(style: .ansi)
    #expect(styler.paint("Title", .heading) == "\u{1B}[1;4mTitle\u{1B}[0m")
    #expect(styler.paint("ok", .success) == "\u{1B}[32mok\u{1B}[0m")
    #expect(styler.paint("bad", .failure) == "\u{1B}[1;31mbad\u{1B}[0m")
    #expect(styler.bold("b") == "\u{1B}[1mb\u{1B}[0m")
  }

  @Test func ansiStylePaintsEachLineAndSkipsEmptyText() {
    let styler = Styler.ansi
    #expect(styler.paint("", .accent) == "")
    #expect(styler.paint("a\n\nb", .accent) == "\u{1B}[36ma\u{1B}[0m\n\n\u{1B}[36mb\u{1B}[0m")
  }

  @Test func regionsCycleThroughDistinctColours() {
    let styler = Styler.ansi
    let colours = (0..<Styler.regionCount).map { styler.paint("n", .region($0)) }
    #expect(Set(colours).count == Styler.regionCount)
    #expect(Styler.regionCount >= 6)
    #expect(styler.paint("n", .region(Styler.regionCount)) == colours[0])
    #expect(styler.paint("n", .region(-1)) == colours[Styler.regionCount - 1])
  }
}
