/// Where a diagram's columns go at a given width: folded lanes, lane width, the notes' width.
struct SpaceTimeLayout {
  /// For every lane, the visible lane it is drawn on.
  let target: [Int]
  /// The visible lanes, left to right, as indices into the diagram's lanes.
  let visible: [Int]
  /// Columns per visible lane.
  let laneWidth: Int
  /// Columns of the time label.
  let timeWidth: Int
  /// Columns left for the notes.
  let noteWidth: Int
  /// Whether some lanes were folded into others.
  let folded: Bool

  /// The fewest columns a note gets before lanes are folded or narrowed.
  static let comfortableNoteWidth = 28

  init(_ diagram: SpaceTimeDiagram, width: Int) {
    let lanes = diagram.lanes
    let timeColumns = max(4, diagram.rows.map { TerminalText.displayWidth($0.time) }.max() ?? 0)
    func laneWidth(for indices: [Int]) -> Int {
      let widest = indices.map { TerminalText.displayWidth(lanes[$0].name) }.max() ?? 1
      return min(max(widest + 2, 3), 16)
    }
    func fixed(_ count: Int, _ laneWidth: Int) -> Int { timeColumns + 2 + count * laneWidth + 1 }

    let all = Array(lanes.indices)
    var visible = all
    var folded = false
    if fixed(all.count, laneWidth(for: all)) + Self.comfortableNoteWidth > width,
      lanes.contains(where: { $0.foldsInto != nil })
    {
      visible = all.filter { lanes[$0].foldsInto == nil }
      folded = visible.count < all.count
    }
    var target = all
    for index in all {
      var current = index
      var steps = 0
      while folded, let next = lanes[current].foldsInto, steps < lanes.count, lanes.indices.contains(next) {
        current = next
        steps += 1
      }
      target[index] = current
    }
    var columns = laneWidth(for: visible)
    if fixed(visible.count, columns) + Self.comfortableNoteWidth > width, !visible.isEmpty {
      let room = width - Self.comfortableNoteWidth - timeColumns - 3
      columns = max(3, min(columns, room / visible.count))
    }
    self.timeWidth = timeColumns
    self.visible = visible
    self.target = target
    self.laneWidth = columns
    self.noteWidth = max(12, width - fixed(visible.count, columns))
    self.folded = folded
  }

  /// The position among the visible lanes of the lane a diagram lane is drawn on.
  func slot(of lane: Int) -> Int? {
    guard target.indices.contains(lane) else { return nil }
    return visible.firstIndex(of: target[lane])
  }

  /// The column, within the lane area, of a visible lane's line.
  func column(ofSlot slot: Int) -> Int { slot * laneWidth + laneWidth / 2 }

  /// Whether every line drawn with this layout is at most `width` columns wide (when the lanes and
  /// the narrowest note fit; otherwise lines must be cut).
  func fits(_ width: Int) -> Bool { timeWidth + 2 + laneAreaWidth + 1 + noteWidth <= width }

  /// The width of the lane area.
  var laneAreaWidth: Int { visible.count * laneWidth }
}
