/// Renders Markdown for the terminal: headings, emphasis, lists, code, quotes and tables, wrapped
/// to a width.
///
/// It covers what lessons use, not all of CommonMark. Text is sanitised, so a content file can
/// never send terminal control sequences. Code blocks are kept as written (indented, not wrapped,
/// cut to the width with an ellipsis), because commands must stay copyable.
public enum MarkdownRenderer {
  /// The terminal text for `markdown`, no line wider than `width` (at least 20); with the ASCII
  /// charset its symbols are spelled in ASCII (the content is the program's, not the learner's).
  public static func render(_ markdown: String, width: Int, styler: Styler) -> String {
    let width = max(width, 20)
    var lines: [String] = []
    var previous: MarkdownBlock?
    for block in MarkdownBlockParser.blocks(styler.symbols(markdown)) {
      if let previous, needsBlankLine(between: previous, and: block) { lines.append("") }
      lines += render(block, width: width, styler: styler)
      previous = block
    }
    return lines.joined(separator: "\n")
  }

  private static func needsBlankLine(between previous: MarkdownBlock, and next: MarkdownBlock) -> Bool {
    if case .listItem = previous, case .listItem = next { return false }
    return true
  }

  private static func render(_ block: MarkdownBlock, width: Int, styler: Styler) -> [String] {
    switch block {
    case .heading(let level, let text):
      let title = MarkdownInline.render(text, styler: .plain)
      let wrapped = TerminalText.wrap(level == 1 ? title.uppercased() : title, width: width)
      return wrapped.map { styler.paint($0, level <= 2 ? .heading : .emphasis) }
    case .paragraph(let text):
      return TerminalText.wrap(MarkdownInline.render(text, styler: styler), width: width)
    case .listItem(let depth, let marker, let text):
      let indent = depth * 2
      let prefix = String(repeating: " ", count: indent) + styler.symbols(marker) + " "
      let body = TerminalText.wrap(MarkdownInline.render(text, styler: styler), width: width - prefix.count)
      return body.enumerated().map { index, line in
        (index == 0 ? prefix : String(repeating: " ", count: prefix.count)) + line
      }
    case .code(_, let code):
      return code.map { line in
        let clean = TerminalText.sanitized(line.replacingTabs)
        return styler.paint(
          TerminalText.truncate("    " + clean, to: width, ellipsis: styler.ellipsis), .code)
      }
    case .quote(let text):
      let bar = styler.paint(styler.style == .plain ? "|" : styler.symbols("│"), .dim) + " "
      return TerminalText.wrap(MarkdownInline.render(text, styler: styler), width: width - 2).map { bar + $0 }
    case .table(let header, let rows):
      let columns = header.map { Table.Column(MarkdownInline.render($0, styler: .plain)) }
      let cells = rows.map { $0.map { MarkdownInline.render($0, styler: styler) } }
      return Table(columns: columns, rows: cells).render(width: width, styler: styler)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    case .rule:
      return [TerminalText.rule(width: width, styler: styler)]
    }
  }
}

extension String {
  /// Tabs replaced by four spaces (code blocks keep their layout without control characters).
  fileprivate var replacingTabs: String {
    split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
  }
}
