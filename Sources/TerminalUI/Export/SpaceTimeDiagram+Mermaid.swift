extension SpaceTimeDiagram {
  /// The diagram as a Mermaid sequence diagram: a participant per lane, an arrow per message
  /// (`-x` when lost), a note for every local event and every partition.
  ///
  /// Notes must be plain text (no ANSI escapes): build the diagram with a plain styler to export it.
  public func mermaid() -> String {
    var lines = ["sequenceDiagram"]
    for (index, lane) in lanes.enumerated() {
      lines.append("    participant L\(index) as \(MarkupText.mermaid(lane.name))")
    }
    for row in rows {
      let text = MarkupText.mermaid("\(row.time) \(row.note)")
      switch row.item {
      case .mark(let lane, _):
        lines.append("    Note over L\(lane): \(text)")
      case .arrow(let from, let to, let arrival):
        lines.append("    L\(from)\(arrival == .lost ? "-x" : "->>")L\(to): \(text)")
      case .span:
        let span = lanes.count > 1 ? "L0,L\(lanes.count - 1)" : "L0"
        lines.append("    Note over \(span): \(text)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
