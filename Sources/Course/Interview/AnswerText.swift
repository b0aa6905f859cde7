/// Free-text answers and accepted phrasings, normalised so they can be compared: lowercase,
/// punctuation and symbols turned into spaces, and a plural `s` dropped from each word.
///
/// "Last-Write-Wins!" and "last write win" both become `last write win`; "Version vectors" and
/// "version vector" match.
public enum AnswerText {
  /// The normalised words of `text`.
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty {
        words.append(singular(current))
        current = ""
      }
    }
    if !current.isEmpty { words.append(singular(current)) }
    return words
  }

  /// `text`'s normalised words joined by single spaces.
  public static func normalized(_ text: String) -> String { words(text).joined(separator: " ") }

  /// Whether `phrase`'s words appear, in order and next to each other, among `text`'s words.
  public static func contains(_ text: String, phrase: String) -> Bool {
    let needle = normalized(phrase)
    guard !needle.isEmpty else { return false }
    return (" " + normalized(text) + " ").contains(" " + needle + " ")
  }

  /// A word without a plural `s` (`leaders` → `leader`); short words and `ss` endings are kept.
  static func singular(_ word: String) -> String {
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
    return String(word.dropLast())
  }
}
