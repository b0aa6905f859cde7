extension TerminalText {
  /// The first invisible format character in `text` (Unicode general category Cf: U+00AD SOFT
  /// HYPHEN, U+200B–U+200D, U+2060–U+2064, U+FEFF, the tag characters U+E0000–U+E007F and the
  /// others), or `nil` when there is none.
  ///
  /// Such a character shows as nothing, so two names that differ only by one look the same. A zero
  /// width joiner between two emoji is not counted: it joins them into one picture (an emoji ZWJ
  /// sequence, Unicode Technical Standard #51), which is visible.
  public static func firstInvisibleCharacter(in text: String) -> Unicode.Scalar? {
    // No format character is ASCII: most words need no look at Unicode properties at all.
    guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where scalar.properties.generalCategory == .format {
      if scalar == "\u{200D}", index > 0, index + 1 < scalars.count,
        isEmojiPart(scalars[index - 1]) && isEmojiPart(scalars[index + 1])
      {
        continue
      }
      return scalar
    }
    return nil
  }

  /// A character's code point and Unicode name, as `U+200B ZERO WIDTH SPACE`.
  public static func codePointAndName(of scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    guard let name = scalar.properties.name ?? scalar.properties.nameAlias else { return code }
    return code + " " + name
  }

  /// Whether a scalar can stand beside a joiner inside an emoji ZWJ sequence: an emoji beyond
  /// ASCII (digits, `#` and `*` count as emoji only in keycaps) or the emoji presentation
  /// selector U+FE0F.
  private static func isEmojiPart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{FE0F}" || (scalar.value > 0x7F && scalar.properties.isEmoji)
  }
}
