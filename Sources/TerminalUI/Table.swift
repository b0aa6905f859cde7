/// A table of text cells that renders to fit a terminal width.
///
/// Cells may contain ANSI-styled text and newlines; they are not sanitised, so pass untrusted text
/// through `TerminalText.sanitized(_:singleLine:)` first.
public struct Table: Hashable, Sendable {
  /// One column: its title and how its cells are aligned.
  public struct Column: Hashable, Sendable {
    /// The heading shown above the column.
    public var title: String
    /// Which side the column's cells (and title) stick to.
    public var alignment: TextAlignment

    /// Creates a column with a title and an alignment, left by default.
    public init(_ title: String, alignment: TextAlignment = .left) {
      self.title = title
      self.alignment = alignment
    }
  }

  /// The columns, left to right.
  public var columns: [Column]
  /// The rows; each row lists its cells left to right.
  ///
  /// A row with fewer cells than there are columns is filled with empty cells; extra cells are ignored.
  public var rows: [[String]]

  /// The narrowest a column is shrunk to before shrinking stops being enough.
  static let minimumColumnWidth = 6
  /// The space between two columns.
  static let gutter = "  "

  /// Creates a table with the given columns and rows.
  public init(columns: [Column], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// Appends a row of cells.
  public mutating func append(_ row: [String]) {
    rows.append(row)
  }

  /// Renders the table as lines joined by `\n`, with no trailing newline.
  ///
  /// The output is the header (painted `.heading`), a rule (`-` in plain style or the ASCII
  /// charset, `─` in ANSI style),
  /// then the rows, with columns separated by two spaces. When the natural width exceeds `width`, the
  /// widest columns shrink (to no less than 6 columns while that is enough) and their cells wrap onto
  /// extra lines. No line is wider than `width` (at least 1) and no line ends in spaces.
  public func render(width: Int, styler: Styler) -> String {
    guard !columns.isEmpty else { return "" }
    let width = max(width, 1)
    let cells = rows.map { row in columns.indices.map { $0 < row.count ? row[$0] : "" } }
    let widths = Self.fittedWidths(
      natural: columns.indices.map { index in
        ([columns[index].title] + cells.map { $0[index] }).map(Self.naturalWidth).max() ?? 0
      },
      total: width
    )

    var lines: [String] = []
    let titles = columns.indices.map { index in
      TerminalText.wrappedLines(columns[index].title, width: widths[index]).map { line in
        styler.paint(line, .heading)
      }
    }
    lines += layout(titles, widths: widths)
    lines.append(
      widths.map { TerminalText.rule(width: $0, styler: styler) }.joined(separator: Self.gutter)
    )
    for row in cells {
      let wrapped = columns.indices.map { TerminalText.wrappedLines(row[$0], width: widths[$0]) }
      lines += layout(wrapped, widths: widths)
    }
    return lines.map { line in
      let fitted =
        TerminalText.displayWidth(line) > width
        ? TerminalText.truncate(line, to: width, ellipsis: styler.ellipsis) : line
      return TerminalText.trimmingTrailingSpaces(fitted)
    }.joined(separator: "\n")
  }

  /// Lays out one row whose cells are already wrapped into lines.
  private func layout(_ cellLines: [[String]], widths: [Int]) -> [String] {
    let height = cellLines.map(\.count).max() ?? 0
    return (0..<height).map { lineIndex in
      columns.indices.map { index in
        let text = lineIndex < cellLines[index].count ? cellLines[index][lineIndex] : ""
        return TerminalText.pad(text, to: widths[index], alignment: columns[index].alignment)
      }.joined(separator: Self.gutter)
    }
  }

  /// The width of the widest line of a cell.
  private static func naturalWidth(_ cell: String) -> Int {
    cell.split(separator: "\n", omittingEmptySubsequences: false)
      .map { TerminalText.displayWidth(String($0)) }.max() ?? 0
  }

  /// Shrinks the widest columns, one column at a time, until the table fits in `total` columns.
  ///
  /// Columns first shrink to no less than `minimumColumnWidth`, then, if that is not enough, to 2
  /// (so a wide character still fits). Ties go to the rightmost column.
  static func fittedWidths(natural: [Int], total: Int) -> [Int] {
    var widths = natural
    let gutters = Self.gutter.count * (natural.count - 1)
    var excess = widths.reduce(gutters, +) - total
    for floor in [minimumColumnWidth, 2] {
      while excess > 0 {
        var widest: Int?
        for index in widths.indices where widths[index] > floor {
          if let current = widest, widths[current] > widths[index] { continue }
          widest = index
        }
        guard let index = widest else { break }
        widths[index] -= 1
        excess -= 1
      }
    }
    return widths
  }
}
