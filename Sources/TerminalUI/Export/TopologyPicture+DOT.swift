extension TopologyPicture {
  /// The picture as a Graphviz DOT graph: a cluster per group, a box per member, dotted arrows
  /// from each member to the members that copy it, and the links between primaries (red and
  /// dashed when cut).
  public func dot() -> String {
    func quoted(_ text: String) -> String { "\"\(MarkupText.dot(text))\"" }
    var lines = [
      "digraph topology {",
      "  graph [label=\(quoted(title)), labelloc=t, fontname=\"Helvetica\", compound=true];",
      "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
      "  edge [fontname=\"Helvetica\"];",
    ]
    for (index, group) in groups.enumerated() {
      let colour = MarkupText.colour(group.colour)
      lines.append("  subgraph cluster_\(index) {")
      lines.append("    label=\(quoted(group.name)); color=\"\(colour)\"; fontcolor=\"\(colour)\";")
      for member in group.members {
        var attributes = [
          "label=\(quoted(member.name + "\n" + member.role + (member.isDown ? ", down" : "")))"
        ]
        if member.isPrimary { attributes.append("penwidth=2") }
        if member.isDown {
          attributes.append("color=\"#cc2222\", fontcolor=\"#cc2222\", style=\"rounded,dashed\"")
        }
        lines.append("    \(quoted(member.name)) [\(attributes.joined(separator: ", "))];")
      }
      lines.append("  }")
    }
    for group in groups {
      for member in group.members {
        guard let feed = member.feed else { continue }
        let cut = feed.isCut ? ", color=\"#cc2222\", label=\"cut\"" : ""
        lines.append("  \(quoted(feed.source)) -> \(quoted(member.name)) [style=dotted\(cut)];")
      }
    }
    for link in links {
      var attributes = [link.isTwoWay ? "dir=both" : "dir=forward", "penwidth=1.5"]
      if link.isCut { attributes.append("color=\"#cc2222\", style=dashed, label=\"cut\"") }
      lines.append("  \(quoted(link.from)) -> \(quoted(link.to)) [\(attributes.joined(separator: ", "))];")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}
