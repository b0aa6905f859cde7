/// The program's own symbols spelled in ASCII, for terminals that show nothing else (`LC_ALL=C`).
///
/// Only text the program writes goes through it: arrows in event lines, separators in headings,
/// ellipses, check marks, dashes. Text from the learner (keys, values, names) keeps its characters.
public enum ASCIISymbols {
  /// Each symbol and its ASCII spelling.
  static let table: [Character: String] = [
    "→": "->", "←": "<-", "·": "-", "…": "...", "◀": "<", "▶": ">", "✓": "[x]", "✗": "[ ]", "–": "-",
    "—": "--", "×": "x", "±": "+/-", "≤": "<=", "≥": ">=", "•": "*", "─": "-", "│": "|", "⌊": "floor(",
    "⌋": ")", "‘": "'", "’": "'", "“": "\"", "”": "\"", "−": "-",
  ]

  /// `text` with every symbol of ``table`` replaced by its ASCII spelling; other characters stay.
  public static func spelled(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      if let ascii = table[character] { result += ascii } else { result.append(character) }
    }
    return result
  }
}
