extension TerminalText {
  /// Wraps `text` like `wrap(_:width:)` (width at least 10, no indent), faster, when every character
  /// is one column wide and one scalar: printable ASCII, arrows (U+2190–U+21FF) and `…`. Returns
  /// `nil` for any other text (escapes, newlines, wide or combining characters), so callers fall
  /// back to `wrap(_:width:)`.
  static func simpleWrap(_ text: String, width: Int) -> [String]? {
    let width = max(width, 10)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      guard (0x20...0x7E).contains(value) || (0x2190...0x21FF).contains(value) || value == 0x2026 else {
        return nil
      }
    }
    // Every allowed character is one column, and one byte (ASCII) or three (the others), so a
    // line is a slice of the text's bytes and its width is its count of scalars.
    let bytes = Array(text.utf8)
    var lines: [String] = []
    var start = 0
    var end = 0
    var lineWidth = 0
    var heldSpaces = 0
    var index = 0
    func emit() { lines.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
    while index < bytes.count {
      if bytes[index] == 0x20 {
        heldSpaces += 1
        index += 1
        continue
      }
      var wordEnd = index
      var wordWidth = 0
      while wordEnd < bytes.count, bytes[wordEnd] != 0x20 {
        if bytes[wordEnd] & 0xC0 != 0x80 { wordWidth += 1 }
        wordEnd += 1
      }
      if lineWidth + heldSpaces + wordWidth <= width {
        // Only the text's first line starts empty here; its leading spaces are kept.
        if lineWidth == 0 { start = index - heldSpaces }
        lineWidth += heldSpaces + wordWidth
      } else {
        if lineWidth > 0 { emit() }
        // The word starts a new line; one longer than a whole line is broken where the line is full.
        start = index
        lineWidth = 0
        var position = index
        while position < wordEnd {
          if lineWidth > 0, lineWidth + 1 > width {
            end = position
            emit()
            start = position
            lineWidth = 0
          }
          lineWidth += 1
          position += bytes[position] < 0x80 ? 1 : 3
        }
      }
      end = wordEnd
      heldSpaces = 0
      index = wordEnd
    }
    if lineWidth == 0 { return lines + [""] }
    emit()
    return lines
  }
}
