extension TerminalText {
  /// Returns a one-line section heading such as `── Nodes ─────` filling `width` columns.
  ///
  /// The title is painted `.heading` and the rule `.dim`. Plain style draws the rule with `-`, ANSI
  /// style with `─` (see ``rule(width:styler:)``). `width` is clamped to at least 10; a title too long for the line is truncated.
  public static func heading(_ title: String, width: Int, styler: Styler) -> String {
    let width = max(width, 10)
    let title = truncate(title, to: width - 4, ellipsis: styler.ellipsis)
    let lead = rule(width: 2, styler: styler)
    let tail = rule(width: width - 4 - displayWidth(title), styler: styler)
    let head = lead + " " + styler.paint(title, .heading)
    return tail.isEmpty ? head : head + " " + tail
  }

  /// Returns a horizontal rule `width` columns wide, painted `.dim`, or the empty string for width ≤ 0.
  ///
  /// Plain style draws it with `-`, ANSI style with `─` (with `-` too in the ASCII charset).
  public static func rule(width: Int, styler: Styler) -> String {
    guard width > 0 else { return "" }
    let stroke: String = styler.style == .ansi && styler.charset == .unicode ? "─" : "-"
    return styler.paint(String(repeating: stroke, count: width), .dim)
  }
}
