import Testing

@testable import TerminalUI

/// The terminal scatter plot: points where they belong, labels, legend, width.
@Suite struct PointPlotTests {
  static let sample = PointPlot(
    xTitle: "latency (ms)", yTitle: "lost (%)",
    series: [
      .init(name: "physical", points: [.init(x: 0, y: 0), .init(x: 50, y: 5), .init(x: 100, y: 10)]),
      .init(name: "hybrid", points: [.init(x: 0, y: 0), .init(x: 100, y: 0)]),
    ])

  @Test func golden() {
    let expected = """
      lost (%)
      10 │                             ●
         │
         │
       5 │               ●
         │
         │
       0 │▲                            ▲
         └──────────────────────────────
          0             50           100
          latency (ms)
      ● physical   ▲ hybrid
      """
    #expect(Self.sample.render(width: 34, height: 7) == expected)
  }

  @Test func fitsEveryWidthAndASCIIIsASCII() {
    for width in [10, 30, 45, 80, 120] {
      for charset in [DiagramCharset.unicode, .ascii] {
        let text = Self.sample.render(width: width, charset: charset)
        for line in text.split(separator: "\n") {
          #expect(TerminalText.displayWidth(String(line)) <= max(width, PointPlot.minimumWidth))
        }
        if charset == .ascii { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }) }
      }
    }
  }

  @Test func colourAddsOnlyEscapes() {
    #expect(strippingEscapes(Self.sample.render(width: 60, styler: .ansi)) == Self.sample.render(width: 60))
  }

  @Test func emptyAndDegenerateSeriesStillDraw() {
    let empty = PointPlot(xTitle: "x", yTitle: "y", series: [.init(name: "none", points: [])])
    #expect(empty.render(width: 40).contains("● none"))
    let flat = PointPlot(xTitle: "x", yTitle: "y", series: [.init(name: "one", points: [.init(x: 3, y: 0)])])
    #expect(flat.render(width: 40).contains("│●"))
    let odd = PointPlot(
      xTitle: "x", yTitle: "y",
      series: [.init(name: "nan", points: [.init(x: .nan, y: 1), .init(x: 1, y: .infinity)])])
    #expect(!odd.render(width: 40).isEmpty)
  }

  @Test func numbers() {
    #expect(PlotNumber.text(12) == "12")
    #expect(PlotNumber.text(12.46) == "12.5")
    #expect(PlotNumber.text(-0.34) == "-0.3")
    #expect(PlotNumber.text(.nan) == "?")
    #expect(PlotNumber.percent(3) == "3.0")
    #expect(PlotNumber.percent(0.25) == "0.3")
  }
}
