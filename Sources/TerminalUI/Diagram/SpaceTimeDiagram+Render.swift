/// A rendered space-time diagram, with where each row and lane ended up.
public struct RenderedDiagram: Hashable, Sendable {
  /// The lines, none wider than the width asked for.
  public let lines: [String]
  /// For each row of the diagram, the index in ``lines`` of its first line.
  public let rowLines: [Int]
  /// For each lane of the diagram, the display column of the line it is drawn on.
  public let laneColumns: [Int]
  /// Whether some lanes were folded into others to fit the width.
  public let folded: Bool

  /// The lines joined with newlines.
  public var text: String { lines.joined(separator: "\n") }
}

extension SpaceTimeDiagram {
  /// The narrowest width a diagram is drawn at.
  public static let minimumWidth = 40

  /// Draws the diagram in at most `width` columns (at least ``minimumWidth``).
  ///
  /// When the lanes and a readable note do not fit, lanes with ``Lane/foldsInto`` are drawn on the
  /// lane they fold into; if that is still too wide, lanes get narrower and their names shorter.
  /// Notes wrap beside the lanes. A legend of the symbols used ends the picture.
  public func render(width: Int, charset: DiagramCharset = .unicode, styler: Styler = .plain) -> String {
    rendering(width: width, charset: charset, styler: styler).text
  }

  /// Draws the diagram like ``render(width:charset:styler:)`` and reports where rows and lanes went.
  public func rendering(width: Int, charset: DiagramCharset = .unicode, styler: Styler = .plain)
    -> RenderedDiagram
  {
    let width = max(width, Self.minimumWidth)
    let layout = SpaceTimeLayout(self, width: width)
    var painter = RowPainter(diagram: self, layout: layout, glyphs: .of(charset), styler: styler)
    var lines = [painter.header(), styler.paint(String(repeating: painter.glyphs.rule, count: width), .dim)]
    var rowLines: [Int] = []
    var previousTime: String?
    for row in rows {
      rowLines.append(lines.count)
      let time = row.time == previousTime ? "" : row.time
      previousTime = row.time
      lines += painter.lines(for: row, time: time)
    }
    lines += painter.legend(width: width)
    let prefix = layout.timeWidth + 2
    let columns = lanes.indices.map { prefix + layout.column(ofSlot: layout.slot(of: $0) ?? 0) }
    return RenderedDiagram(
      lines: lines.map { charset.fit($0, to: width, fitsAlready: layout.fits(width)) },
      rowLines: rowLines, laneColumns: columns, folded: layout.folded)
  }
}
