import Testing

@testable import TerminalUI

@Suite struct TableTests {
  private let nodes = Table(
    columns: [.init("Node"), .init("Role"), .init("Writes", alignment: .right)],
    rows: [["n1", "leader", "12"], ["n2", "follower", "3"]]
  )

  @Test func rendersHeaderRuleAndRowsAtNaturalWidth() {
    #expect(
      nodes.render(width: 80, styler: .plain) == """
        Node  Role      Writes
        ----  --------  ------
        n1    leader        12
        n2    follower       3
        """)
  }

  @Test func ansiStylePaintsTheHeaderAndDrawsABoxRule() {
    let table = Table(columns: [.init("A"), .init("B", alignment: .right)], rows: [["x", "y"]])
    let lines = table.render(width: 40, styler: .ansi).split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0] == "\u{1B}[1;4mA\u{1B}[0m  \u{1B}[1;4mB\u{1B}[0m")
    #expect(lines[1] == "\u{1B}[2m─\u{1B}[0m  \u{1B}[2m─\u{1B}[0m")
    #expect(lines[2] == "x  y")
  }

  @Test func shrinksTheWidestColumnAndWrapsItsCells() {
    let table = Table(
      columns: [.init("Key"), .init("Value")],
      rows: [["alpha", "the quick brown fox jumps over the lazy dog"], ["beta", "short"]]
    )
    let rendered = table.render(width: 30, styler: .plain)
    #expect(
      rendered == """
        Key    Value
        -----  -----------------------
        alpha  the quick brown fox
               jumps over the lazy dog
        beta   short
        """)
    #expect(rendered.split(separator: "\n").allSatisfy { TerminalText.displayWidth(String($0)) <= 30 })
  }

  @Test func multiLineAndMissingCellsRenderWithinTheRow() {
    let table = Table(
      columns: [.init("Id"), .init("Notes"), .init("N", alignment: .right)],
      rows: [["1", "first\nsecond", "7"], ["2"]]
    )
    #expect(
      table.render(width: 80, styler: .plain) == """
        Id  Notes   N
        --  ------  -
        1   first   7
            second
        2
        """)
  }

  @Test func styledCellsAreMeasuredWithoutTheirEscapes() {
    let styler = Styler.ansi
    let table = Table(
      columns: [.init("State"), .init("Node")], rows: [[styler.paint("ok", .success), "n1"]])
    let lines = table.render(width: 80, styler: styler).split(separator: "\n").map(String.init)
    #expect(lines[2] == "\u{1B}[32mok\u{1B}[0m     n1")
  }

  @Test func everyLineFitsWhateverTheWidth() {
    var generator = SeededGenerator(seed: 31)
    for _ in 0..<150 {
      let columnCount = Int.random(in: 1...5, using: &generator)
      let columns = (0..<columnCount).map { index in
        Table.Column(
          randomText(using: &generator, maximumPieces: 3),
          alignment: Bool.random(using: &generator) ? .left : .right)
      }
      let rows = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
        (0..<Int.random(in: 0...columnCount, using: &generator)).map { _ in
          randomText(using: &generator, maximumPieces: 12)
        }
      }
      let width = Int.random(in: 1...90, using: &generator)
      let table = Table(columns: columns, rows: rows)
      let rendered = table.render(width: width, styler: .ansi)
      #expect(rendered == table.render(width: width, styler: .ansi))
      for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(TerminalText.displayWidth(String(line)) <= width, "\(line.debugDescription) at \(width)")
        #expect(strippingEscapes(String(line)).last != " ", "\(line.debugDescription)")
      }
    }
  }

  @Test func columnWidthsShrinkWidestFirstDownToTheMinimum() {
    #expect(Table.fittedWidths(natural: [4, 20, 10], total: 30) == [4, 12, 10])
    #expect(Table.fittedWidths(natural: [4, 20, 10], total: 22) == [4, 7, 7])
    #expect(Table.fittedWidths(natural: [10, 10], total: 12) == [5, 5])
    #expect(Table.fittedWidths(natural: [3, 3], total: 100) == [3, 3])
  }

  @Test func aTableWithoutColumnsIsEmpty() {
    #expect(Table(columns: []).render(width: 80, styler: .plain) == "")
  }
}
