extension TerminalText {
  /// Returns `text` padded with spaces to `width` columns; text already that wide is returned unchanged.
  ///
  /// Widths are display widths, so ANSI-styled and wide text pad correctly. Padding never truncates.
  public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
    let missing = width - displayWidth(text)
    guard missing > 0 else { return text }
    let padding = String(repeating: " ", count: missing)
    switch alignment {
    case .left: return text + padding
    case .right: return padding + text
    }
  }

  /// Returns `text` cut to at most `width` columns, ending in `ellipsis` (`…` unless told; one
  /// column wide) when anything was removed.
  ///
  /// The cut falls between grapheme clusters and never inside an escape sequence; spaces just before
  /// the ellipsis are dropped. If styling is on at the cut, a reset follows the ellipsis. Text that fits is returned unchanged; a width of 0 or less
  /// gives the empty string.
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    let segments = TextSegment.split(text)
    guard segments.reduce(0, { $0 + $1.width }) > width else { return text }
    guard width > 0 else { return "" }
    var kept: [TextSegment] = []
    var used = 0
    var state = SGRState()
    for segment in segments {
      if segment.width > 0 && used + segment.width > width - 1 { break }
      kept.append(segment)
      used += segment.width
      if case .escape(let sequence) = segment { state.apply(sequence) }
    }
    while kept.last?.isSpace == true { kept.removeLast() }
    var result = kept.map(\.text).joined()
    result += ellipsis
    if state.isStyled { result += Styler.reset }
    return result
  }

  /// Returns `text` without the spaces at its end, keeping any escape sequences among them.
  static func trimmingTrailingSpaces(_ text: String) -> String {
    guard text.contains("\u{1B}") else {
      return String(text.reversed().drop { $0 == " " }.reversed())
    }
    var segments = TextSegment.split(text)
    var index = segments.endIndex
    while index > segments.startIndex {
      let segment = segments[index - 1]
      if case .grapheme = segment, !segment.isSpace { break }
      index -= 1
    }
    segments[index...].removeAll { $0.isSpace }
    return segments.map(\.text).joined()
  }
}
