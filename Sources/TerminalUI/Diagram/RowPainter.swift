/// Draws rows one at a time, remembering which lanes are down and which symbols were used.
struct RowPainter {
  let diagram: SpaceTimeDiagram
  let layout: SpaceTimeLayout
  let glyphs: DiagramGlyphs
  let styler: Styler
  private var down: Set<Int> = []
  private var usedMarks: Set<SpaceTimeDiagram.Mark> = []
  private var usedArrivals: Set<SpaceTimeDiagram.Arrival> = []
  private var usedSpans: Set<SpaceTimeDiagram.Span> = []

  init(diagram: SpaceTimeDiagram, layout: SpaceTimeLayout, glyphs: DiagramGlyphs, styler: Styler) {
    self.diagram = diagram
    self.layout = layout
    self.glyphs = glyphs
    self.styler = styler
  }

  /// The lane names above their lines.
  func header() -> String {
    var text = TerminalText.pad("time", to: layout.timeWidth) + "  "
    for (slot, lane) in layout.visible.enumerated() {
      let name = TerminalText.truncate(diagram.lanes[lane].name, to: layout.laneWidth - 1)
      let nameWidth = TerminalText.displayWidth(name)
      let start = max(0, min(layout.column(ofSlot: slot) - nameWidth / 2, layout.laneWidth - nameWidth))
      let cell =
        String(repeating: " ", count: start) + styler.paint(name, .region(diagram.lanes[lane].colour))
      text += TerminalText.pad(cell, to: layout.laneWidth)
    }
    return text
  }

  /// The lines of one row: its drawing and its note, wrapped beside the lanes.
  mutating func lines(for row: SpaceTimeDiagram.Row, time: String) -> [String] {
    var cells = laneCells()
    draw(row.item, into: &cells)
    // A note with no more bytes than columns fits as it is (no character is wider than its bytes).
    let note =
      row.note.utf8.count <= layout.noteWidth && !row.note.contains("\n")
      ? [row.note]
      : TerminalText.simpleWrap(row.note, width: layout.noteWidth)
        ?? TerminalText.wrap(row.note, width: layout.noteWidth)
    var result = [
      TerminalText.pad(styler.paint(time, .dim), to: layout.timeWidth) + "  " + paint(cells) + " "
        + (note.first ?? "")
    ]
    let blank = String(repeating: " ", count: layout.timeWidth + 2)
    for line in note.dropFirst() { result.append(blank + paint(laneCells()) + " " + line) }
    return result
  }

  /// The legend: the symbols this diagram used, and what was folded.
  func legend(width: Int) -> [String] {
    var entries: [String] = []
    for mark in SpaceTimeDiagram.Mark.allCases where usedMarks.contains(mark) {
      entries.append("\(glyphs.marks[mark]!) \(DiagramGlyphs.meaning(of: mark))")
    }
    if usedArrivals.contains(.delivered) {
      entries.append("\(glyphs.startRight)\(glyphs.shaft)\(glyphs.rightHead) delivered")
    }
    if usedArrivals.contains(.conflict) {
      entries.append("\(glyphs.shaft)\(glyphs.conflictHead) conflict on arrival")
    }
    if usedArrivals.contains(.lost) { entries.append("\(glyphs.shaft)\(glyphs.lost) lost") }
    if usedSpans.contains(.cut) { entries.append("\(glyphs.cut)\(glyphs.cut) network cut") }
    if usedSpans.contains(.heal) { entries.append("\(glyphs.heal)\(glyphs.heal) healed") }
    if !down.isEmpty || usedMarks.contains(.crash) { entries.append("\(glyphs.downLane) down") }
    var lines = [""] + Self.pack(entries, width: width).map { styler.paint($0, .dim) }
    if layout.folded {
      var groups: [Int: [String]] = [:]
      for index in diagram.lanes.indices where layout.target[index] != index {
        groups[layout.target[index], default: []].append(diagram.lanes[index].name)
      }
      let text = groups.keys.sorted().map {
        "\(groups[$0]!.joined(separator: ", ")) on \(diagram.lanes[$0].name)"
      }
      lines += TerminalText.wrap(
        "Too narrow for every lane: " + text.joined(separator: "; ") + ".", width: width
      ).map { styler.paint($0, .dim) }
    }
    return lines
  }

  /// Entries side by side, three spaces apart, a new line whenever the next would not fit.
  static func pack(_ entries: [String], width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for entry in entries {
      if !line.isEmpty, TerminalText.displayWidth(line) + 3 + TerminalText.displayWidth(entry) > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : "   ") + entry
    }
    return line.isEmpty ? lines : lines + [line]
  }

  private struct Cell {
    var character: Character = " "
    var tint: Tint?
  }

  private func laneCells() -> [Cell] {
    var cells = Array(repeating: Cell(), count: layout.laneAreaWidth)
    for (slot, lane) in layout.visible.enumerated() {
      cells[layout.column(ofSlot: slot)] = Cell(
        character: down.contains(lane) ? glyphs.downLane : glyphs.lane, tint: .dim)
    }
    return cells
  }

  private mutating func draw(_ item: SpaceTimeDiagram.Item, into cells: inout [Cell]) {
    switch item {
    case .mark(let lane, let mark):
      guard let slot = layout.slot(of: lane) else { return }
      usedMarks.insert(mark)
      cells[layout.column(ofSlot: slot)] = Cell(
        character: glyphs.marks[mark]!, tint: tint(of: mark, lane: lane))
      let target = layout.target[lane]
      if mark == .crash { down.insert(target) }
      if mark == .recover { down.remove(target) }
    case .arrow(let from, let to, let arrival):
      guard let a = layout.slot(of: from), let b = layout.slot(of: to) else { return }
      if a == b {
        draw(
          .mark(lane: to, arrival == .conflict ? .conflict : arrival == .lost ? .other : .store), into: &cells
        )
        return
      }
      usedArrivals.insert(arrival)
      drawArrow(
        from: layout.column(ofSlot: a), to: layout.column(ofSlot: b), arrival, colour: from, into: &cells)
    case .span(let span):
      usedSpans.insert(span)
      guard let first = layout.visible.indices.first, let last = layout.visible.indices.last else { return }
      let glyph = span == .cut ? glyphs.cut : glyphs.heal
      for column in layout.column(ofSlot: first)...layout.column(ofSlot: last) {
        cells[column] = Cell(character: glyph, tint: span == .cut ? .warning : .success)
      }
    }
  }

  private func drawArrow(
    from start: Int, to end: Int, _ arrival: SpaceTimeDiagram.Arrival, colour lane: Int,
    into cells: inout [Cell]
  ) {
    let tint = Tint.region(diagram.lanes[lane].colour)
    let step = end > start ? 1 : -1
    let stop = arrival == .lost ? start + (end - start) / 2 : end
    cells[start] = Cell(character: step > 0 ? glyphs.startRight : glyphs.startLeft, tint: tint)
    var column = start + step
    while column != stop {
      cells[column] = Cell(character: glyphs.shaft, tint: tint)
      column += step
    }
    switch arrival {
    case .delivered: cells[stop] = Cell(character: step > 0 ? glyphs.rightHead : glyphs.leftHead, tint: tint)
    case .conflict: cells[stop] = Cell(character: glyphs.conflictHead, tint: .warning)
    case .lost: cells[stop] = Cell(character: glyphs.lost, tint: .failure)
    }
  }

  private func tint(of mark: SpaceTimeDiagram.Mark, lane: Int) -> Tint {
    switch mark {
    case .conflict, .held: .warning
    case .rejected, .crash: .failure
    case .accepted, .recover: .success
    default: .region(diagram.lanes[lane].colour)
    }
  }

  private func paint(_ cells: [Cell]) -> String {
    var text = ""
    var run = ""
    var runTint: Tint?
    for cell in cells {
      if cell.tint != runTint {
        text += runTint.map { styler.paint(run, $0) } ?? run
        run = ""
        runTint = cell.tint
      }
      run.append(cell.character)
    }
    return text + (runTint.map { styler.paint(run, $0) } ?? run)
  }
}
