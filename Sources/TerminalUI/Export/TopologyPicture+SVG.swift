extension TopologyPicture {
  /// The picture as a standalone SVG document: a box per group side by side, its primary on top and
  /// the members that copy it below, and the links between primaries as arcs above the boxes
  /// (red, dashed and crossed when cut; an arrowhead at each receiving end).
  public func svg() -> String {
    let charWidth = 7
    let memberChars = groups.flatMap { $0.members.map { $0.name.count + $0.role.count + 10 } }.max() ?? 10
    let boxWidth = max(160, memberChars * charWidth + 30)
    let gap = 60
    let lineHeight = 22
    let arcRoom = 40 + 25 * max(0, groups.count - 1)
    let top = 40 + arcRoom
    let tallest = groups.map(\.members.count).max() ?? 0
    let boxHeight = 40 + max(1, tallest) * lineHeight
    let width = max(groups.count * (boxWidth + gap) + 20, title.count * charWidth + 40)
    let height = top + boxHeight + 30
    func boxX(_ index: Int) -> Int { 30 + index * (boxWidth + gap) }
    func anchor(_ name: String) -> Int? {
      groups.firstIndex { $0.members.contains { $0.name == name && $0.isPrimary } }
    }

    var svg = SVGWriter(width: width, height: height, title: title)
    svg.add(
      """
      <defs><marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" \
      orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>
      """)
    svg.text(title, x: 20, y: 24, attributes: "class=\"title\" font-weight=\"bold\"")
    for (index, group) in groups.enumerated() {
      let x = boxX(index)
      let colour = MarkupText.colour(group.colour)
      svg.add("<g class=\"region\" data-region=\"\(MarkupText.xml(group.name))\">")
      svg.add(
        "<rect x=\"\(x)\" y=\"\(top)\" width=\"\(boxWidth)\" height=\"\(boxHeight)\" rx=\"8\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
      )
      svg.text(
        group.name, x: x + 10, y: top + 18,
        attributes: "class=\"region-name\" fill=\"\(colour)\" font-weight=\"bold\"")
      for (row, member) in group.members.enumerated() {
        let y = top + 40 + row * lineHeight
        let down = member.isDown ? " down" : ""
        let kind = member.isPrimary ? "leader" : "follower"
        var text = member.isPrimary ? member.name : "└─▶ " + member.name
        if let feed = member.feed, feed.isRemote { text += " (from \(feed.source))" }
        if member.feed?.isCut == true { text += " ✕ cut" }
        text += "  " + member.role + (member.isDown ? ", down" : "")
        let fill =
          member.isDown || member.feed?.isCut == true ? "#cc2222" : member.isPrimary ? colour : "black"
        let weight = member.isPrimary ? " font-weight=\"bold\"" : ""
        svg.text(text, x: x + 14, y: y, attributes: "class=\"node \(kind)\(down)\" fill=\"\(fill)\"\(weight)")
      }
      svg.add("</g>")
    }
    for link in links {
      guard let a = anchor(link.from), let b = anchor(link.to) else { continue }
      let x1 = boxX(a) + boxWidth / 2 + (a < b ? 12 : -12)
      let x2 = boxX(b) + boxWidth / 2 + (a < b ? -12 : 12)
      let peak = top - 30 - 25 * abs(a - b)
      let colour = link.isCut ? "#cc2222" : "#555555"
      let dash = link.isCut ? " stroke-dasharray=\"5 4\"" : ""
      let start = link.isTwoWay ? " marker-start=\"url(#head)\"" : ""
      svg.add(
        "<path class=\"link\(link.isCut ? " cut" : "")\" data-from=\"\(MarkupText.xml(link.from))\" data-to=\"\(MarkupText.xml(link.to))\" d=\"M\(x1),\(top) Q\((x1 + x2) / 2),\(2 * peak - top) \(x2),\(top)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\"\(dash)\(start) marker-end=\"url(#head)\"/>"
      )
      if link.isCut {
        svg.text(
          "✕ cut", x: (x1 + x2) / 2, y: peak + 4,
          attributes: "class=\"cut-label\" text-anchor=\"middle\" fill=\"#cc2222\"")
      }
    }
    return svg.finish()
  }
}
