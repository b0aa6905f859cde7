import Testing

@testable import TerminalUI

/// The space-time diagram: arrows end on the right lane at the right row, nothing is too wide.
@Suite struct SpaceTimeDiagramTests {
  /// Three lanes (a leader with a follower, and a second leader) and one of each kind of row.
  static let sample = SpaceTimeDiagram(
    lanes: [
      .init(name: "us", colour: 0), .init(name: "us-f1", colour: 0, foldsInto: 0),
      .init(name: "asia", colour: 1),
    ],
    rows: [
      .init(time: "12:00:00.000", item: .mark(lane: 0, .write), note: "client writes w1"),
      .init(time: "12:00:00.001", item: .mark(lane: 0, .send), note: "us sends w1"),
      .init(time: "12:00:00.002", item: .arrow(from: 0, to: 1, .delivered), note: "us-f1 stores w1"),
      .init(time: "12:00:00.010", item: .span(.cut), note: "network cut"),
      .init(time: "12:00:00.076", item: .arrow(from: 0, to: 2, .lost), note: "lost on the way"),
      .init(time: "12:00:00.080", item: .mark(lane: 2, .crash), note: "asia crashed"),
      .init(time: "12:00:00.090", item: .span(.heal), note: "network healed"),
      .init(time: "12:00:00.100", item: .mark(lane: 2, .recover), note: "asia recovered"),
      .init(time: "12:00:00.176", item: .arrow(from: 2, to: 0, .conflict), note: "us: conflict, kept w2"),
    ])

  /// The character at a display column of a line whose first columns are all one wide.
  private func character(_ line: String, _ column: Int) -> Character? {
    let characters = Array(line)
    return column < characters.count ? characters[column] : nil
  }

  @Test func arrowsEndOnTheReceiversLaneAtTheirRow() {
    let drawn = Self.sample.rendering(width: 100)
    #expect(!drawn.folded)
    let delivered = drawn.lines[drawn.rowLines[2]]
    #expect(character(delivered, drawn.laneColumns[0]) == "├")
    #expect(character(delivered, drawn.laneColumns[1]) == "▶")
    let conflict = drawn.lines[drawn.rowLines[8]]
    #expect(character(conflict, drawn.laneColumns[2]) == "┤")
    #expect(character(conflict, drawn.laneColumns[0]) == "!")
    #expect(conflict.contains("us: conflict, kept w2"))
  }

  @Test func aLostMessageStopsShortOfItsReceiver() {
    let drawn = Self.sample.rendering(width: 100)
    let line = drawn.lines[drawn.rowLines[4]]
    #expect(line.contains("✕"))
    #expect(character(line, drawn.laneColumns[2]) == "│")
    let cross = Array(line).firstIndex(of: "✕")!
    #expect(cross > drawn.laneColumns[0] && cross < drawn.laneColumns[2])
  }

  @Test func aCrashedLaneIsDashedUntilItRecovers() {
    let diagram = SpaceTimeDiagram(
      lanes: [.init(name: "a", colour: 0), .init(name: "b", colour: 1)],
      rows: [
        .init(time: "1", item: .mark(lane: 1, .crash), note: "b crashed"),
        .init(time: "2", item: .mark(lane: 0, .write), note: "a write"),
        .init(time: "3", item: .mark(lane: 1, .recover), note: "b recovered"),
        .init(time: "4", item: .mark(lane: 0, .write), note: "a write"),
      ])
    let drawn = diagram.rendering(width: 60)
    let b = drawn.laneColumns[1]
    #expect(character(drawn.lines[drawn.rowLines[0]], b) == "✖")
    #expect(character(drawn.lines[drawn.rowLines[1]], b) == "┆")
    #expect(character(drawn.lines[drawn.rowLines[2]], b) == "▲")
    #expect(character(drawn.lines[drawn.rowLines[3]], b) == "│")
  }

  @Test func narrowWidthsFoldLanesAndNothingIsTooWide() {
    for width in [40, 50, 60, 80, 100, 132] {
      for charset in [DiagramCharset.unicode, .ascii] {
        let drawn = Self.sample.rendering(width: width, charset: charset)
        for line in drawn.lines {
          #expect(TerminalText.displayWidth(line) <= width, "width \(width): \(line)")
        }
      }
    }
    let narrow = Self.sample.rendering(width: 40)
    #expect(narrow.folded)
    #expect(narrow.laneColumns[1] == narrow.laneColumns[0])
    #expect(narrow.text.contains("us-f1 on us"))
    // Folded onto its sender's lane, the delivery is a mark on that lane.
    #expect(character(narrow.lines[narrow.rowLines[2]], narrow.laneColumns[0]) == "◆")
  }

  @Test func asciiUsesOnlyASCII() {
    let text = Self.sample.render(width: 80, charset: .ascii)
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(text.contains("+----"))
  }

  @Test func colourAddsOnlyEscapes() {
    let plain = Self.sample.render(width: 80)
    let coloured = Self.sample.render(width: 80, styler: .ansi)
    #expect(coloured != plain)
    #expect(strippingEscapes(coloured) == plain)
  }

  @Test func theLegendListsOnlyTheSymbolsUsed() {
    let diagram = SpaceTimeDiagram(
      lanes: [.init(name: "a", colour: 0)], rows: [.init(time: "1", item: .mark(lane: 0, .write), note: "w")])
    let text = diagram.render(width: 60)
    #expect(text.hasSuffix("● client write"))
    #expect(!text.contains("lost"))
  }

  @Test func golden() {
    let expected = """
      time            us     us-f1   asia
      ────────────────────────────────────────────────────────────────────────────────
      12:00:00.000     ●      │      │    client writes w1
      12:00:00.001     ○      │      │    us sends w1
      12:00:00.002     ├──────▶      │    us-f1 stores w1
      12:00:00.010     ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄    network cut
      12:00:00.076     ├──────✕      │    lost on the way
      12:00:00.080     │      │      ✖    asia crashed
      12:00:00.090     ═══════════════    network healed
      12:00:00.100     │      │      ▲    asia recovered
      12:00:00.176     !─────────────┤    us: conflict, kept w2

      ● client write   ○ send   ✖ crash   ▲ recover   ├─▶ delivered
      ─! conflict on arrival   ─✕ lost   ┄┄ network cut   ══ healed   ┆ down
      """
    #expect(Self.sample.render(width: 80) == expected)
  }
}
