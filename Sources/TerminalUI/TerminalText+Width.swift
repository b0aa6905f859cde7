extension TerminalText {
  /// Returns the number of terminal columns `text` occupies.
  ///
  /// ANSI escape sequences, control characters, combining marks and other zero-width characters count 0;
  /// East Asian Wide and Fullwidth characters and emoji count 2; everything else counts 1. The string
  /// is measured one grapheme cluster at a time, so `"e\u{301}"` is 1 and a flag or a ZWJ family is 2.
  /// Newlines count 0, so measure multi-line text line by line.
  public static func displayWidth(_ text: String) -> Int {
    // Printable ASCII, most of what the shell shows, is one column a byte: no need to find graphemes.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    return TextSegment.split(text).reduce(0) { $0 + $1.width }
  }

  /// The number of columns one grapheme cluster occupies.
  static func width(of character: Character) -> Int {
    if let ascii = character.asciiValue {
      return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
    }
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if isControl(first) { return 0 }
    let hasVariation15 = scalars.contains { $0.value == 0xFE0E }
    let hasVariation16 = scalars.contains { $0.value == 0xFE0F }
    if hasVariation16 { return 2 }
    let properties = first.properties
    if properties.isEmojiPresentation && !hasVariation15 { return 2 }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format:
      return 0
    default:
      break
    }
    if (0x1160...0x11FF).contains(first.value) { return 0 }  // Hangul medial vowels and final consonants.
    return isWide(first.value) ? 2 : 1
  }

  /// Whether `scalar` is a C0 control, DEL or a C1 control.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// East Asian Wide and Fullwidth ranges (an abridged table of Unicode's EastAsianWidth.txt).
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
    0x3400...0x4DBF,  // CJK Unified Ideographs Extension A
    0x4E00...0x9FFF,  // CJK Unified Ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo Extended-A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x17000...0x18CFF,  // Tangut
    0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK Extensions B to F, compatibility supplement
    0x30000...0x3FFFD,  // CJK Extensions G and H
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
