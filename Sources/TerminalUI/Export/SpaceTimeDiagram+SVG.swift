extension SpaceTimeDiagram {
  /// The diagram as a standalone SVG document: named lanes running down, a row per event with its
  /// time and note, arrows for messages slanting from their send row (``Row/sentRow``) to their
  /// delivery row (lost ones stop halfway at a cross), dashed lines across for partitions.
  ///
  /// Notes must be plain text (no ANSI escapes): build the diagram with a plain styler to export it.
  public func svg() -> String {
    let charWidth = 7
    let timeWidth = (rows.map { $0.time.count }.max() ?? 4) * charWidth + 20
    let laneGap = max(90, (lanes.map { $0.name.count }.max() ?? 1) * charWidth + 30)
    let top = 60
    let rowHeight = 24
    func laneX(_ lane: Int) -> Int { timeWidth + laneGap / 2 + lane * laneGap }
    func rowY(_ row: Int) -> Int { top + 20 + row * rowHeight }
    let notesX = timeWidth + lanes.count * laneGap + 10
    let width = notesX + (rows.map { $0.note.count }.max() ?? 0) * charWidth + 20
    let height = rowY(rows.count) + 10

    var svg = SVGWriter(width: width, height: height, title: "Space-time diagram")
    svg.add(
      """
      <defs><marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" \
      orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>
      """)
    for (index, lane) in lanes.enumerated() {
      let x = laneX(index)
      let colour = MarkupText.colour(lane.colour)
      svg.add("<g class=\"lane\" data-lane=\"\(index)\">")
      svg.text(
        lane.name, x: x, y: top - 20,
        attributes: "class=\"lane-name\" text-anchor=\"middle\" fill=\"\(colour)\" font-weight=\"bold\"")
      svg.add(
        "<line class=\"lane-line\" x1=\"\(x)\" y1=\"\(top - 10)\" x2=\"\(x)\" y2=\"\(height - 10)\" stroke=\"#bbbbbb\"/>"
      )
      svg.add("</g>")
    }
    var previousTime: String?
    for (index, row) in rows.enumerated() {
      let y = rowY(index)
      svg.add("<g class=\"row\" data-row=\"\(index)\">")
      if row.time != previousTime {
        svg.text(row.time, x: 10, y: y + 4, attributes: "class=\"time\" fill=\"#777777\"")
      }
      previousTime = row.time
      switch row.item {
      case .mark(let lane, let mark):
        let colour = MarkupText.colour(lanes[lane].colour)
        let fill =
          mark == .send
          ? "white" : mark == .conflict ? "#e69500" : mark == .crash || mark == .rejected ? "#cc2222" : colour
        svg.add(
          "<circle class=\"mark mark-\(mark)\" cx=\"\(laneX(lane))\" cy=\"\(y)\" r=\"5\" fill=\"\(fill)\" stroke=\"\(colour)\"><title>\(DiagramGlyphs.meaning(of: mark))</title></circle>"
        )
      case .arrow(let from, let to, let arrival):
        let colour = arrival == .conflict ? "#e69500" : MarkupText.colour(lanes[from].colour)
        let x1 = laneX(from)
        let y1 = row.sentRow.flatMap { $0 < index ? rowY($0) : nil } ?? y
        let x2 = arrival == .lost ? (laneX(from) + laneX(to)) / 2 : laneX(to)
        let y2 = arrival == .lost ? (y1 + y) / 2 : y
        let head = arrival == .lost ? "" : " marker-end=\"url(#head)\""
        svg.add(
          "<line class=\"arrow arrow-\(arrival)\" data-from=\"\(from)\" data-to=\"\(to)\" x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"\(colour)\" stroke-width=\"1.5\"\(head)/>"
        )
        if arrival == .lost {
          svg.text(
            "✕", x: x2, y: y2 + 5, attributes: "class=\"lost\" text-anchor=\"middle\" fill=\"#cc2222\"")
        }
      case .span(let span):
        let colour = span == .cut ? "#cc2222" : "#2a8a3e"
        svg.add(
          "<line class=\"span span-\(span)\" x1=\"\(laneX(0) - 10)\" y1=\"\(y)\" x2=\"\(laneX(max(0, lanes.count - 1)) + 10)\" y2=\"\(y)\" stroke=\"\(colour)\" stroke-dasharray=\"4 3\" stroke-width=\"2\"/>"
        )
      }
      svg.text(row.note, x: notesX, y: y + 4, attributes: "class=\"note\"")
      svg.add("</g>")
    }
    return svg.finish()
  }
}
