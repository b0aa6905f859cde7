extension TopologyPicture {
  /// Draws the picture in at most `width` columns: a box per group, side by side as far as they
  /// fit, with the link between neighbouring primaries drawn between their boxes, then every link
  /// listed.
  public func render(width: Int, charset: DiagramCharset = .unicode, styler: Styler = .plain) -> String {
    let width = max(width, 20)
    let glyphs = TopologyGlyphs.of(charset)
    let contents = groups.map { contentLines(of: $0, glyphs: glyphs, styler: styler) }
    let inner = max(
      contents.flatMap { $0 }.map(TerminalText.displayWidth).max() ?? 0,
      groups.map { TerminalText.displayWidth($0.name) + 3 }.max() ?? 0)
    let boxWidth = inner + 4
    let gap = 5
    let perRow = max(1, (width + gap) / (boxWidth + gap))
    var lines = TerminalText.wrap(title, width: width) + [""]
    for start in stride(from: 0, to: groups.count, by: perRow) {
      let indices = Array(start..<min(start + perRow, groups.count))
      let height = indices.map { contents[$0].count }.max()! + 2
      for row in 0..<height {
        var line = ""
        for (position, index) in indices.enumerated() {
          if position > 0 {
            line +=
              row == 1
              ? connector(indices[position - 1], index, glyphs, styler) : String(repeating: " ", count: gap)
          }
          line += boxLine(row, of: index, contents[index], inner: inner, height: height, glyphs, styler)
        }
        lines.append(line)
      }
    }
    lines.append("")
    lines += TerminalText.wrap(linkCaption, width: width)
    let names = links.map { TerminalText.displayWidth($0.from) }.max() ?? 0
    for link in links {
      let drawn = glyphs.arrow(twoWay: link.isTwoWay, cut: link.isCut)
      let arrow = link.isCut ? styler.paint(drawn, .warning) : drawn
      let cut = link.isCut ? "  " + styler.paint("cut by a partition", .warning) : ""
      lines.append("  " + TerminalText.pad(link.from, to: names) + " " + arrow + " " + link.to + cut)
    }
    return lines.map { charset.fit($0, to: width) }
      .joined(separator: "\n")
  }

  private func contentLines(of group: Group, glyphs: TopologyGlyphs, styler: Styler) -> [String] {
    let down = " " + styler.paint("\(glyphs.down) down", .failure)
    let primaries = group.members.filter(\.isPrimary)
    let secondaries = group.members.filter { !$0.isPrimary }
    var lines = primaries.map { member in
      styler.paint(member.name, .region(group.colour)) + "  " + styler.paint(member.role, .dim)
        + (member.isDown ? down : "")
    }
    for (index, member) in secondaries.enumerated() {
      let branch = index == secondaries.count - 1 ? glyphs.lastBranch : glyphs.branch
      let feed = member.feed
      let arrow = feed?.isCut == true ? styler.paint(glyphs.cutFeed, .warning) : glyphs.feed
      var text = branch + arrow + " " + member.name
      if let feed, feed.isRemote { text += styler.paint(" (from \(feed.source))", .dim) }
      if feed?.isCut == true { text += " " + styler.paint("cut", .warning) }
      if member.isDown { text += down }
      lines.append(text)
    }
    return lines.isEmpty ? [styler.paint("(no nodes)", .dim)] : lines
  }

  private func boxLine(
    _ row: Int, of index: Int, _ content: [String], inner: Int, height: Int, _ glyphs: TopologyGlyphs,
    _ styler: Styler
  ) -> String {
    let group = groups[index]
    let last = content.count + 1
    if row == 0 {
      let name = styler.paint(group.name, .region(group.colour))
      let rest = inner + 2 - 3 - TerminalText.displayWidth(group.name)
      return "\(glyphs.topLeft)\(glyphs.horizontal) " + name + " "
        + String(repeating: glyphs.horizontal, count: max(0, rest)) + "\(glyphs.topRight)"
    }
    if row == last {
      return "\(glyphs.bottomLeft)" + String(repeating: glyphs.horizontal, count: inner + 2)
        + "\(glyphs.bottomRight)"
    }
    if row > last { return String(repeating: " ", count: inner + 4) }
    return "\(glyphs.vertical) " + TerminalText.pad(content[row - 1], to: inner) + " \(glyphs.vertical)"
  }

  /// The link drawn between two neighbouring boxes, on their first member's line.
  private func connector(_ left: Int, _ right: Int, _ glyphs: TopologyGlyphs, _ styler: Styler) -> String {
    guard let a = groups[left].members.first(where: \.isPrimary)?.name,
      let b = groups[right].members.first(where: \.isPrimary)?.name
    else { return "     " }
    let forward = links.first { $0.from == a && $0.to == b }
    let backward = links.first { $0.from == b && $0.to == a }
    guard let link = forward ?? backward else { return "     " }
    let twoWay = link.isTwoWay || (forward != nil && backward != nil)
    let arrow = glyphs.arrow(twoWay: twoWay, reversed: !twoWay && forward == nil, cut: link.isCut)
    return link.isCut ? styler.paint(arrow, .warning) : arrow
  }
}

/// The characters of one charset, for topology pictures.
struct TopologyGlyphs {
  let topLeft: Character
  let topRight: Character
  let bottomLeft: Character
  let bottomRight: Character
  let horizontal: Character
  let vertical: Character
  let branch: String
  let lastBranch: String
  let feed: String
  let cutFeed: String
  let down: String
  let shaft: Character
  let rightHead: Character
  let leftHead: Character
  let cut: Character

  static func of(_ charset: DiagramCharset) -> TopologyGlyphs {
    switch charset {
    case .unicode:
      TopologyGlyphs(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        branch: "├", lastBranch: "└", feed: "─▶", cutFeed: "─╳", down: "✖", shaft: "─", rightHead: "▶",
        leftHead: "◀", cut: "╳")
    case .ascii:
      TopologyGlyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        branch: "+", lastBranch: "`", feed: "->", cutFeed: "-x", down: "X", shaft: "-", rightHead: ">",
        leftHead: "<", cut: "x")
    }
  }

  /// A five-column arrow for a link: `◀───▶`, `────▶`, `◀─╳─▶`; `reversed` points a one-way arrow left.
  func arrow(twoWay: Bool, reversed: Bool = false, cut: Bool) -> String {
    let width = 5
    var cells = Array(repeating: shaft, count: width)
    if twoWay || !reversed { cells[width - 1] = rightHead }
    if twoWay || reversed { cells[0] = leftHead }
    if cut { cells[width / 2] = self.cut }
    return String(cells)
  }
}
