extension TerminalText {
  /// Word-wraps `text` into lines of at most `width` columns, each prefixed with `indent` spaces.
  ///
  /// Existing newlines are kept, so `wrap(text, width:).joined(separator: "\n")` reproduces text that
  /// already fits. Lines break at spaces; the spaces at a break are dropped, other runs of spaces are
  /// kept. A word longer than a line is broken between grapheme clusters. ANSI styling is closed at the
  /// end of each line and reopened on the next. Blank lines get no indent and no line has trailing
  /// spaces.
  ///
  /// `width` is clamped to at least 10 and `indent` to between 0 and half the width; no returned line
  /// is wider than the clamped width.
  public static func wrap(_ text: String, width: Int, indent: Int = 0) -> [String] {
    let width = max(width, 10)
    let indent = min(max(indent, 0), width / 2)
    let prefix = String(repeating: " ", count: indent)
    return wrappedLines(text, width: width - indent).map { line in
      displayWidth(line) > 0 ? prefix + line : line
    }
  }

  /// Word-wraps `text` like ``wrap(_:width:indent:)``, but only the lines after the first are
  /// indented by `hangingIndent` spaces; the first line may use the whole width.
  ///
  /// The text is wrapped in one pass, so a word broken across lines keeps every character and
  /// gains none: only the line breaks and the indent after them are added. `width` is clamped to
  /// at least 10 and `hangingIndent` to between 0 and half the width.
  public static func wrap(_ text: String, width: Int, hangingIndent: Int) -> [String] {
    let width = max(width, 10)
    let indent = min(max(hangingIndent, 0), width / 2)
    let prefix = String(repeating: " ", count: indent)
    let lines = wrappedLines(text, width: width, continuationWidth: width - indent)
    return lines.enumerated().map { index, line in
      index > 0 && displayWidth(line) > 0 ? prefix + line : line
    }
  }

  /// Wraps `text` to `width` columns (at least 1) without clamping or indenting; lines after the
  /// first may have another width, `continuationWidth` (by default the same).
  static func wrappedLines(_ text: String, width: Int, continuationWidth: Int? = nil) -> [String] {
    var builder = LineBuilder(
      firstWidth: max(width, 1), continuationWidth: max(continuationWidth ?? width, 1))
    var word: [TextSegment] = []
    var wordWidth = 0

    func placeWord() {
      defer {
        word.removeAll()
        wordWidth = 0
      }
      guard !word.isEmpty else { return }
      if builder.currentWidth + builder.pendingWidth + wordWidth <= builder.width {
        for segment in word { builder.append(segment) }
        return
      }
      if builder.currentWidth > 0 {
        builder.breakLine()
      } else {
        builder.dropHeldSpaces()
      }
      // A word longer than a whole line is broken between grapheme clusters.
      for segment in word {
        if segment.width > 0, builder.currentWidth > 0, segment.width > builder.remaining {
          builder.breakLine()
        }
        builder.append(segment)
      }
    }

    for segment in TextSegment.split(text) {
      switch segment {
      case .grapheme("\n", _), .grapheme("\r\n", _):
        placeWord()
        builder.breakLine()
      case .grapheme(" ", _):
        placeWord()
        builder.hold(segment)
      case .escape where word.isEmpty:
        builder.hold(segment)
      default:
        word.append(segment)
        wordWidth += segment.width
      }
    }
    placeWord()
    return builder.finish()
  }
}
