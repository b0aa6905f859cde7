import Testing

@testable import TerminalUI

/// The topology picture: boxes per group, links between neighbours, everything within the width.
@Suite struct TopologyPictureTests {
  static let sample = TopologyPicture(
    title: "three regions",
    groups: [
      .init(
        name: "us", colour: 0,
        members: [
          .init(name: "us", role: "leader", isPrimary: true),
          .init(name: "us-f1", role: "follower", isPrimary: false, feed: .init(source: "us")),
        ]),
      .init(
        name: "eu", colour: 1,
        members: [
          .init(name: "eu", role: "leader", isPrimary: true, isDown: true),
          .init(name: "eu-f1", role: "follower", isPrimary: false, feed: .init(source: "eu", isCut: true)),
        ]),
      .init(name: "asia", colour: 2, members: [.init(name: "asia", role: "leader", isPrimary: true)]),
    ],
    links: [
      .init(from: "us", to: "eu", isTwoWay: false, isCut: true),
      .init(from: "eu", to: "asia", isTwoWay: false),
      .init(from: "asia", to: "us", isTwoWay: false),
    ],
    linkCaption: "ring")

  @Test func golden() {
    let expected = """
      three regions

      ┌─ us ──────────────┐     ┌─ eu ──────────────┐     ┌─ asia ────────────┐
      │ us  leader        │──╳─▶│ eu  leader ✖ down │────▶│ asia  leader      │
      │ └─▶ us-f1         │     │ └─╳ eu-f1 cut     │     └───────────────────┘
      └───────────────────┘     └───────────────────┘

      ring
        us   ──╳─▶ eu  cut by a partition
        eu   ────▶ asia
        asia ────▶ us
      """
    #expect(Self.sample.render(width: 80) == expected)
  }

  @Test func narrowWidthsStackTheBoxes() {
    for width in [20, 30, 40, 60, 80, 120] {
      for charset in [DiagramCharset.unicode, .ascii] {
        let text = Self.sample.render(width: width, charset: charset)
        for line in text.split(separator: "\n") {
          #expect(TerminalText.displayWidth(String(line)) <= width, "\(width): \(line)")
        }
        if charset == .ascii { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }) }
      }
    }
    let stacked = Self.sample.render(width: 30)
    #expect(stacked.split(separator: "\n").filter { $0.hasPrefix("┌─ ") }.count == 3)
  }

  @Test func colourAddsOnlyEscapes() {
    let coloured = Self.sample.render(width: 100, styler: .ansi)
    #expect(strippingEscapes(coloured) == Self.sample.render(width: 100))
  }
}
