extension PointPlot {
  /// The narrowest width a plot is drawn at.
  public static let minimumWidth = 30

  /// Draws the plot in at most `width` columns, with a grid `height` rows tall (at least 5).
  ///
  /// The y axis runs from 0 (or the lowest value, if negative) to the highest value; the x axis
  /// from the lowest to the highest x. Where points of several series share a cell, the later
  /// series' symbol shows.
  public func render(
    width: Int, height: Int = 12, charset: DiagramCharset = .unicode, styler: Styler = .plain
  )
    -> String
  {
    let width = max(width, Self.minimumWidth)
    let rows = max(height, 5) | 1
    let points = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
    let xLow = points.map(\.x).min() ?? 0
    let xHigh = max(points.map(\.x).max() ?? 1, xLow)
    let yLow = min(0, points.map(\.y).min() ?? 0)
    let yHigh = max(points.map(\.y).max() ?? 1, yLow + 1e-9)
    let labels = [yHigh, (yLow + yHigh) / 2, yLow].map(PlotNumber.text)
    let labelWidth = labels.map(\.count).max() ?? 1
    let columns = width - labelWidth - 2
    let symbols = Self.symbols(charset)

    var grid = Array(repeating: Array(repeating: (" " as Character, -1), count: columns), count: rows)
    for (index, line) in series.enumerated() {
      for point in line.points where point.x.isFinite && point.y.isFinite {
        let column =
          xHigh > xLow ? Int(((point.x - xLow) / (xHigh - xLow) * Double(columns - 1)).rounded()) : 0
        let row = Int(((point.y - yLow) / (yHigh - yLow) * Double(rows - 1)).rounded())
        grid[rows - 1 - row][column] = (symbols[index % symbols.count], index)
      }
    }
    let vertical: Character = charset == .unicode ? "│" : "|"
    let horizontal: Character = charset == .unicode ? "─" : "-"
    let corner: Character = charset == .unicode ? "└" : "+"
    var lines = [styler.paint(yTitle, .dim)]
    for (index, cells) in grid.enumerated() {
      let label =
        index == 0 ? labels[0] : index == rows / 2 ? labels[1] : index == rows - 1 ? labels[2] : ""
      var text = TerminalText.pad(label, to: labelWidth, alignment: .right) + " " + String(vertical)
      for (symbol, seriesIndex) in cells {
        text += seriesIndex < 0 ? String(symbol) : styler.paint(String(symbol), .region(seriesIndex))
      }
      lines.append(text)
    }
    lines.append(
      String(repeating: " ", count: labelWidth + 1) + String(corner)
        + String(repeating: horizontal, count: columns))
    let left = PlotNumber.text(xLow)
    let middle = PlotNumber.text((xLow + xHigh) / 2)
    let right = PlotNumber.text(xHigh)
    var axis = Array(repeating: " " as Character, count: columns)
    func place(_ text: String, at start: Int) {
      for (offset, character) in text.enumerated() where (0..<columns).contains(start + offset) {
        axis[start + offset] = character
      }
    }
    place(left, at: 0)
    place(middle, at: max(left.count + 1, (columns - middle.count) / 2))
    place(right, at: columns - right.count)
    lines.append(String(repeating: " ", count: labelWidth + 2) + String(axis))
    lines.append(String(repeating: " ", count: labelWidth + 2) + styler.paint(xTitle, .dim))
    let legend = series.enumerated().map { index, line in
      styler.paint(String(symbols[index % symbols.count]), .region(index)) + " " + line.name
    }
    lines += TerminalText.wrap(legend.joined(separator: "   "), width: width)
    return lines.map { charset.fit($0, to: width) }.joined(separator: "\n")
  }
}

/// Numbers as plot labels: whole numbers plainly, others with one decimal (no Foundation).
public enum PlotNumber {
  /// `12`, `12.5`, `-0.3`; `?` for infinity and NaN.
  public static func text(_ value: Double) -> String {
    guard value.isFinite else { return "?" }
    let tenths = (value * 10).rounded()
    if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
    let sign = tenths < 0 ? "-" : ""
    let magnitude = Int(abs(tenths))
    return "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }
}

extension PlotNumber {
  /// A value with one decimal, for tables of measurements: `12.5`, `0.0`.
  public static func percent(_ value: Double) -> String {
    let text = PlotNumber.text(value)
    return text.contains(".") || text == "?" ? text : text + ".0"
  }
}
