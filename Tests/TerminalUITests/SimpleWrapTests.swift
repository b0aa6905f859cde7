import Testing

@testable import TerminalUI

/// The fast wrap for simple text gives exactly what the general wrap gives.
@Suite struct SimpleWrapTests {
  static let pieces = ["a", "leader", "→", "←", " ", "  ", "replicate", "w1", "topping=pepperoni", "…", "x"]

  @Test func matchesTheGeneralWrap() {
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<2_000 {
      let count = Int.random(in: 0...40, using: &generator)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
      let width = Int.random(in: 1...40, using: &generator)
      #expect(
        TerminalText.simpleWrap(text, width: width) == TerminalText.wrap(text, width: width),
        "\(width): \(text)")
    }
  }

  @Test func refusesTextItCannotMeasureCheaply() {
    for text in ["寿司", "e\u{301}", "\u{1B}[1mbold", "two\nlines", "👍"] {
      #expect(TerminalText.simpleWrap(text, width: 20) == nil)
    }
  }
}
