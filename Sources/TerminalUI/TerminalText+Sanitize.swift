extension TerminalText {
  /// Returns `text` made inert for display: every control character becomes a visible escape.
  ///
  /// The scheme follows Swift string literals so it reads naturally:
  /// - ESC is shown as `\e`, so `ESC[2J` prints as `\e[2J` and clears nothing;
  /// - tab, line feed and carriage return are shown as `\t`, `\n` and `\r`;
  /// - every other C0 control, DEL, every C1 control (U+0080–U+009F), the Unicode bidirectional
  ///   formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and
  ///   paragraph separators (U+2028, U+2029) are shown as `\u{…}` with at least two uppercase hex
  ///   digits, e.g. `\u{00}`, `\u{07}`, `\u{9B}`, `\u{202E}`.
  ///
  /// With `singleLine` false, tab and line feed are kept as they are (carriage return is still shown).
  /// Backslashes are not escaped, so the result is for reading, not for parsing back. U+FFFD and all
  /// other printable characters, including combining marks, are kept.
  public static func sanitized(_ text: String, singleLine: Bool = true) -> String {
    guard containsControlCharacters(text, singleLine: singleLine) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if needsEscape(scalar, singleLine: singleLine) {
        result.append(contentsOf: visibleEscape(for: scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Returns whether `text` contains any character that `sanitized(_:singleLine:)` would escape.
  ///
  /// With `singleLine` true (the default) tab and line feed count as control characters.
  public static func containsControlCharacters(_ text: String, singleLine: Bool = true) -> Bool {
    text.unicodeScalars.contains { needsEscape($0, singleLine: singleLine) }
  }

  private static func needsEscape(_ scalar: Unicode.Scalar, singleLine: Bool) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: singleLine
    case 0x00..<0x20, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    case 0x2028, 0x2029: true
    default: false
    }
  }

  private static func visibleEscape(for scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x09: return "\\t"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x1B: return "\\e"
    default:
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }
  }
}
